package org.gazette.search;

import java.util.Arrays;

/**
 * Numbers distinct {@code long} keys 0, 1, 2, ... in the order they are first seen.
 *
 * <p>The index counts millions of tokens as {@code long} keys; a {@code HashMap<Long, ...>}
 * boxes every one of them and spends most of the build's search time hashing, comparing and
 * resizing. This is an open-addressing table with linear probing over primitive arrays: a key's
 * number is all the caller needs to keep counts and lists in plain arrays of its own.
 *
 * <pre>{@code
 * LongIds ids = new LongIds(16);
 * ids.idOf(42); // 0
 * ids.idOf(7);  // 1
 * ids.idOf(42); // 0
 * ids.key(1);   // 7
 * }</pre>
 */
final class LongIds {

    /** The keys by number. */
    private long[] keys;
    /** The hash table: in each slot a key's number plus one, 0 for an empty slot. */
    private int[] slots;
    /** Each slot's key, beside the number, so that a probe need not look into {@link #keys}. */
    private long[] slotKeys;
    /** The slot of each key, by number: {@link #clear()} empties those alone. */
    private int[] slotOf;
    private int size;

    /** A table that grows as needed; {@code expected} keys fit without growing. */
    LongIds(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2;
        keys = new long[Math.max(4, expected)];
        slotOf = new int[keys.length];
        slots = new int[capacity];
        slotKeys = new long[capacity];
    }

    /** How many distinct keys have been numbered. */
    int size() {
        return size;
    }

    /** The key numbered {@code id}. */
    long key(int id) {
        return keys[id];
    }

    /** The distinct keys, by number. */
    long[] keys() {
        return Arrays.copyOf(keys, size);
    }

    /**
     * Forgets every key, keeping the table's size: cheaper than a new table that grows again. A
     * table grown for the longest article is mostly empty for the next one, so only the slots
     * in use are emptied (filling the whole table was a fiftieth of a full build).
     */
    void clear() {
        for (int id = 0; id < size; id++) {
            slots[slotOf[id]] = 0;
        }
        size = 0;
    }

    /** The number of {@code key}, a new one if the key was not seen before. */
    int idOf(long key) {
        int mask = slots.length - 1;
        for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
            int stored = slots[slot];
            if (stored == 0) {
                return add(key, slot);
            }
            if (slotKeys[slot] == key) {
                return stored - 1;
            }
        }
    }

    private int add(long key, int slot) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            slotOf = Arrays.copyOf(slotOf, size * 2);
        }
        keys[size] = key;
        slotOf[size] = slot;
        slots[slot] = size + 1;
        slotKeys[slot] = key;
        int id = size++;
        // At most half full: probes stay short.
        if (size * 2 > slots.length) {
            grow();
        }
        return id;
    }

    private void grow() {
        int[] newSlots = new int[slots.length * 2];
        long[] newKeys = new long[slots.length * 2];
        int mask = newSlots.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = hash(keys[id]) & mask;
            while (newSlots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            newSlots[slot] = id + 1;
            newKeys[slot] = keys[id];
            slotOf[id] = slot;
        }
        slots = newSlots;
        slotKeys = newKeys;
    }

    /** Spreads the key's bits over the low ones the table uses: keys of neighbouring characters differ only in a few bits. */
    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}

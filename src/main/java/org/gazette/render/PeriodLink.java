package org.gazette.render;

import java.util.List;
import org.gazette.site.Period;

/** What a page shows of a year or month: which, its address and article count, not its articles. */
public record PeriodLink(int year, int month, String url, int count, boolean wholeYear) {

    public static PeriodLink of(Period period) {
        return new PeriodLink(period.year(), period.month(), period.url(), period.count(), period.wholeYear());
    }

    public static List<PeriodLink> of(List<Period> periods) {
        return periods.stream().map(PeriodLink::of).toList();
    }
}

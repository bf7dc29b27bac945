package org.gazette.render;

import java.util.List;
import org.gazette.site.Generator;
import org.gazette.site.OutputFile;
import org.gazette.site.Site;

/** The theme's {@code assets/} folder (stylesheets, scripts, fonts), published under {@code /assets/}. */
public final class ThemeAssets implements Generator {

    private final Theme theme;

    public ThemeAssets(Theme theme) {
        this.theme = theme;
    }

    @Override
    public List<OutputFile> generate(Site site) {
        return theme.assetFiles().stream()
                .map(asset -> OutputFile.copy(Theme.ASSETS + "/" + asset.getKey(), asset.getValue()))
                .toList();
    }
}

package cn.hotline12345.bulletin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the hotline office names its bulletins. */
@ConfigMapping(prefix = "hotline.bulletin")
public interface BulletinConfig {

    /** Who issues it, at the head of the title and the document. */
    @WithDefault("佛山市12345政务服务热线")
    String issuer();

    /** The document number's prefix: 佛12345通〔2026〕11号 is the bulletin of November 2026. */
    @WithDefault("佛12345通")
    String numberPrefix();

    /**
     * The Chinese font embedded in the PDF: a TrueType file or collection (.ttf, .ttc). Without it the
     * first of Debian's fonts-wqy-zenhei, fonts-arphic-uming, fonts-droid-fallback that is installed.
     */
    java.util.Optional<String> fontFile();
}

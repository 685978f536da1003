package cn.hotline12345.statistics;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the reports (the reporting datasource itself is quarkus.datasource.reporting.*). */
@ConfigMapping(prefix = "hotline.reporting")
public interface StatisticsConfig {

    /** After the standby failed, reports read the primary for this long before the standby is tried again. */
    @WithDefault("PT30S")
    Duration standbyRetryAfter();

}

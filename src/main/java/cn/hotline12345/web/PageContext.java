package cn.hotline12345.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

import cn.hotline12345.common.HotlineConfig;
import cn.hotline12345.common.RequestLocale;

/** What every page needs besides its own data: language, path, and time shown in the hotline's zone. */
@RequestScoped
@Named("page")
public class PageContext {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    CurrentVertxRequest request;

    @Inject
    HotlineConfig config;

    @Inject
    Clock clock;

    public Locale locale() {
        RoutingContext context = request.getCurrent();
        Cookie cookie = context == null ? null : context.request().getCookie(RequestLocale.COOKIE);
        return RequestLocale.resolve(cookie == null ? null : cookie.getValue(), null, false);
    }

    /** The value of the html lang attribute. */
    public String lang() {
        return locale().getLanguage().equals("en") ? "en" : "zh-CN";
    }

    public String path() {
        RoutingContext context = request.getCurrent();
        return context == null ? "/" : context.request().path();
    }

    /** "剩余 5 小时 12 分" or "已超时 2 小时 3 分", counted from now. */
    public String timeLeft(Instant due) {
        if (due == null) {
            return "";
        }
        AppMessages messages = MessageBundles.get(AppMessages.class, Localized.Literal.of(lang()));
        Duration left = Duration.between(clock.instant(), due);
        Duration abs = left.abs();
        long hours = abs.toHours();
        long minutes = abs.toMinutesPart();
        return left.isNegative() ? messages.time_overdue(hours, minutes) : messages.time_left(hours, minutes);
    }

    /** "3 小时 5 分": how long ago the instant was. */
    public String elapsed(Instant since) {
        if (since == null) {
            return "";
        }
        AppMessages messages = MessageBundles.get(AppMessages.class, Localized.Literal.of(lang()));
        Duration elapsed = Duration.between(since, clock.instant()).abs();
        return messages.time_elapsed(elapsed.toHours(), elapsed.toMinutesPart());
    }

    public boolean isPast(Instant instant) {
        return instant != null && instant.isBefore(clock.instant());
    }

    /** A history's action code in the reader's language. */
    public String action(String code) {
        return HistoryText.action(locale(), code);
    }

    /** A history's details in the reader's language. */
    public String details(java.util.Map<String, ?> details) {
        return HistoryText.details(locale(), details);
    }

    /** The day of the week in the reader's language: 周五, Fri. */
    public String weekday(java.time.LocalDate day) {
        return day == null ? "" : day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, locale());
    }

    /** An instant as the hotline reads it (Asia/Shanghai), or empty. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(config.timeZone()));
    }
}

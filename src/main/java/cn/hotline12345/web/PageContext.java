package cn.hotline12345.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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

    /** An instant as the hotline reads it (Asia/Shanghai), or empty. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(config.timeZone()));
    }
}

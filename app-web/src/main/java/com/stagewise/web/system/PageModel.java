package com.stagewise.web.system;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Values every page's layout needs, kept as request attributes by the filters that know them. */
public final class PageModel {

    private static final String LOCALE = "stagewise.locale";
    private static final String COMMON = "stagewise.page";

    private PageModel() {
    }

    public static Locale locale(Context ctx) {
        Locale locale = ctx.attribute(LOCALE);
        return locale == null ? Locale.ENGLISH : locale;
    }

    public static void locale(Context ctx, Locale locale) {
        ctx.attribute(LOCALE, Messages.supported(locale));
    }

    public static Map<String, Object> common(Context ctx) {
        Map<String, Object> common = ctx.attribute(COMMON);
        return common == null ? Map.of() : common;
    }

    public static void put(Context ctx, String name, Object value) {
        Map<String, Object> common = ctx.attribute(COMMON);
        if (common == null) {
            common = new HashMap<>();
            ctx.attribute(COMMON, common);
        }
        common.put(name, value);
    }
}

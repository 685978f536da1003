package cn.hotline12345.web;

import io.quarkus.qute.TemplateExtension;

/** Small helpers that templates call on values. */
@TemplateExtension
public class TemplateExtensions {

    /** The message key naming an enum constant on a page, e.g. Role_AGENT; AppMessages has one per constant. */
    public static String labelKey(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName() + "_" + value.name();
    }

    /** A message key made of a prefix and a value, e.g. kb_section_ + materials. */
    public static String prefixed(String value, String prefix) {
        return prefix + value;
    }
}

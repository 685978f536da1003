package cn.hotline12345.web;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateInstance;

/** Renders every page in the language the person chose. */
@Singleton
public class PageLocale implements TemplateInstance.Initializer {

    @Inject
    PageContext page;

    @Override
    public void accept(TemplateInstance instance) {
        if (Arc.container().requestContext().isActive()) {
            instance.setLocale(page.locale());
        }
    }
}

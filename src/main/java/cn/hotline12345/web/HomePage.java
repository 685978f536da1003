package cn.hotline12345.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import cn.hotline12345.account.Account;
import cn.hotline12345.account.CurrentUser;
import cn.hotline12345.unit.MemberUnit;

/** Each role's workbench. Panels fill in as the features behind them land. */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agent();

        static native TemplateInstance supervisor();

        static native TemplateInstance unitHandler(MemberUnit unit);

        static native TemplateInstance editor();

        static native TemplateInstance manager();

        static native TemplateInstance admin(long activeUnits, long accounts);
    }

    @Inject
    CurrentUser currentUser;

    @GET
    public TemplateInstance home() {
        return switch (currentUser.role()) {
            case AGENT -> Templates.agent();
            case SUPERVISOR -> Templates.supervisor();
            case UNIT_HANDLER -> Templates.unitHandler(MemberUnit.findById(currentUser.unitId()));
            case KB_EDITOR -> Templates.editor();
            case MANAGER -> Templates.manager();
            case ADMIN -> Templates.admin(MemberUnit.count("active", true), Account.count());
        };
    }
}

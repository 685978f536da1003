package cn.hotline12345.telephony;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import cn.hotline12345.identity.Role;
import cn.hotline12345.common.PageRequest;

/** The agents' telephony pages: the callback list of abandoned calls. */
@Path("/calls")
@Produces(MediaType.TEXT_HTML)
public class TelephonyPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance callbacks(List<CallRecord> calls);
    }

    @GET
    @Path("/callbacks")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    public TemplateInstance callbacks() {
        return Templates.callbacks(CallRecord.callbacks(PageRequest.of(0, PageRequest.MAX_SIZE)));
    }
}

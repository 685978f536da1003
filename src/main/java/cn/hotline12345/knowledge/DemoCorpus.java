package cn.hotline12345.knowledge;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import cn.hotline12345.common.HotlineConfig;

/**
 * Loads the sample corpus (knowledge-base/corpus, listed in manifest.txt) into an empty knowledge
 * base when the demo data is on, published, as the import would with a reviewer's consent.
 */
@ApplicationScoped
public class DemoCorpus {

    private static final Logger LOG = Logger.getLogger(DemoCorpus.class);

    @Inject
    HotlineConfig hotline;

    @Inject
    KnowledgeConfig config;

    @Inject
    KnowledgeImport importer;

    void onStart(@Observes StartupEvent event) {
        if (!hotline.demoData() || !config.demoCorpus()
                || QuarkusTransaction.requiringNew().call(() -> KnowledgeEntry.count()) > 0) {
            return;
        }
        int created = 0;
        for (String file : IndexFiles.text("corpus/manifest.txt").lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList()) {
            byte[] json = IndexFiles.text("corpus/" + file).getBytes(StandardCharsets.UTF_8);
            KnowledgeImport.Report report = importer.load(new ByteArrayInputStream(json), ImportFormat.JSON, true);
            if (report.rejected() > 0) {
                LOG.warnf("sample corpus %s: %d rows rejected, first: %s", file, report.rejected(),
                        report.problems().get(0));
            }
            created += report.created();
        }
        LOG.infof("sample knowledge corpus loaded: %d entries", created);
    }
}

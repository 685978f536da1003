package cn.hotline12345.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Declares the real services once for every @QuarkusTest in the run. */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(ElasticsearchResource.class)
@QuarkusTestResource(AsteriskResource.class)
public final class RealServices {

    private RealServices() {
    }
}

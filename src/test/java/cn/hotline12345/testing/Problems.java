package cn.hotline12345.testing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.in;

import java.util.Arrays;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

import cn.hotline12345.common.Problem;
import cn.hotline12345.common.ProblemType;

/** What a refusal must be: the status of its problem type, a problem document, and the type itself. */
public final class Problems {

    private Problems() {
    }

    public static ResponseSpecification refused(ProblemType type) {
        return new ResponseSpecBuilder().expectStatusCode(type.status()).expectContentType(Problem.MEDIA_TYPE)
                .expectBody("type", equalTo(type.uri())).build();
    }

    /** A refusal with this status, of one of the types that carry it (for helpers that take a status). */
    public static ResponseSpecification refusedWith(int status) {
        Object[] types = Arrays.stream(ProblemType.values()).filter(type -> type.status() == status)
                .map(ProblemType::uri).toArray();
        return new ResponseSpecBuilder().expectStatusCode(status).expectContentType(Problem.MEDIA_TYPE)
                .expectBody("type", in(types)).build();
    }
}

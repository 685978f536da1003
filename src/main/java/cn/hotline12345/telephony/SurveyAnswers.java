package cn.hotline12345.telephony;

import java.util.Optional;

import cn.hotline12345.workorder.Satisfaction;

/** The post-call survey's keys: 1 satisfied (满意), 2 basically satisfied (基本满意), 3 dissatisfied (不满意). */
public final class SurveyAnswers {

    private SurveyAnswers() {
    }

    public static Optional<Satisfaction> of(char digit) {
        return switch (digit) {
            case '1' -> Optional.of(Satisfaction.SATISFIED);
            case '2' -> Optional.of(Satisfaction.BASICALLY_SATISFIED);
            case '3' -> Optional.of(Satisfaction.DISSATISFIED);
            default -> Optional.empty();
        };
    }
}

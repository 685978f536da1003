package cn.hotline12345.telephony;

import java.time.Instant;

/** One call detail record the PBX wrote itself (table pbx_cdr, Asterisk's cdr_pgsql): one channel pairing. */
public record PbxCdr(String linkedId, String uniqueId, String source, String context, String channel,
        String destinationChannel, String lastApplication, String lastData, Instant start, Instant answer, Instant end,
        Integer durationSeconds, Integer billableSeconds, String disposition) {
}

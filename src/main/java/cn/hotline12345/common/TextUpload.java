package cn.hotline12345.common;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded file (a knowledge import, a holiday list). UTF-8 (with or without a byte order mark) is read as it is; a file in
 * GB18030 (and so GBK and GB2312, which Chinese offices' spreadsheet programs save by default) is
 * recognised from its first 64 KiB and converted; anything else — bytes that are no text in either,
 * a binary file — is refused, so that no garbled character (U+FFFD) is ever stored.
 */
public final class TextUpload {

    /** The file is not text we can read; {@link #key} names the message (import.encoding, import.binary). */
    public static final class Unreadable extends RuntimeException {
        private final String key;

        Unreadable(String key) {
            super(key, null, false, false);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SNIFF = 64 * 1024;

    private TextUpload() {
    }

    public static Reader reader(InputStream raw) {
        BufferedInputStream in = new BufferedInputStream(raw, SNIFF + 16);
        try {
            in.mark(SNIFF + 16);
            byte[] head = in.readNBytes(SNIFF);
            in.reset();
            for (byte b : head) {
                if (b == 0) {
                    throw new Unreadable("import.binary");
                }
            }
            int bom = head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb
                    && (head[2] & 0xff) == 0xbf ? 3 : 0;
            Charset charset;
            if (decodes(head, bom, StandardCharsets.UTF_8)) {
                charset = StandardCharsets.UTF_8;
            } else if (bom == 0 && decodes(head, 0, GB18030)) {
                charset = GB18030;
            } else {
                throw new Unreadable("import.encoding");
            }
            in.skipNBytes(bom);
            return new InputStreamReader(in, strict(charset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the bytes are text in the charset; a character cut off at the end of the sample is fine. */
    private static boolean decodes(byte[] bytes, int from, Charset charset) {
        int end = bytes.length;
        // The sample may end inside a character: leave out up to its last three bytes.
        for (int cut = 0; cut < 4 && end - cut > from; cut++) {
            try {
                strict(charset).decode(ByteBuffer.wrap(bytes, from, end - cut - from));
                return true;
            } catch (CharacterCodingException e) {
                if (end < SNIFF) {
                    return false; // the whole file is in the sample: no cut character to excuse
                }
            }
        }
        return end <= from;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}

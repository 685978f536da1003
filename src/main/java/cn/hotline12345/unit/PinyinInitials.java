package cn.hotline12345.unit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

/**
 * The pinyin initials of a name (人力资源和社会保障局 → rlzyhshbzj), as dispatchers type them to find a
 * unit. HanLP reads words, so 银行 gives yh, not yx. Letters and digits of the name are kept; a name's
 * initials never change, so they are remembered.
 */
public final class PinyinInitials {

    private static final int REMEMBERED = 10_000;
    private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();

    private PinyinInitials() {
    }

    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String known = KNOWN.get(name);
        if (known != null) {
            return known;
        }
        List<Pinyin> readings = HanLP.convertToPinyinList(name);
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < name.length() && i < readings.size(); i++) {
            char c = name.charAt(i);
            Pinyin reading = readings.get(i);
            if (reading != Pinyin.none5) {
                initials.append(reading.getFirstChar());
            } else if (Character.isLetterOrDigit(c) && c < 128) {
                initials.append(Character.toLowerCase(c));
            }
        }
        if (KNOWN.size() < REMEMBERED) {
            KNOWN.put(name, initials.toString());
        }
        return initials.toString();
    }
}

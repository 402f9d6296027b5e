package org.jiebang.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/**
 * {@link ChineseTokenizer} must emit exactly what smartcn's {@link HMMChineseTokenizer} emits (terms, offsets,
 * positions, types) — the index, the queries and the relevance figures all rest on smartcn's segmentation.
 */
class ChineseTokenizerTests {

    @Test
    void segmentsLikeSmartcnOnHandPickedText() throws IOException {
        List<String> texts = List.of("", " ", "　\t\r\n", "碳化硅", "碳 化硅功率器件", "碳化 硅", "SiC MOSFET 1200V",
                "第三代半导体碳化硅（SiC）功率模块的封装可靠性", "ＳｉＣ　ＭＯＳＦＥＴ　１２００Ｖ", "１２３ａｂｃ",
                "全固态电池电解质界面阻抗≤10Ω·cm²，循环寿命≥2000次。", "面向新能源汽车的800V高压平台",
                "emoji 😀 在句子中😀😀间", "\uD83D", "\uDE00孤立的低代理", "a\uD83Db", "中文English混合mixed文本",
                "研究生命起源", "结婚的和尚未结婚的", "他说的确实在理", "乒乓球拍卖完了", "南京市长江大桥",
                "锂离子电池热失控早期预警与抑制技术研究。要求：热扩散时间≥5min！", "①②③④ ⅠⅡⅢ ™®©",
                "東京大學", "ＡＢＣ１２３ｄｅｆ", "...!!!???", "年年岁岁花相似岁岁年年人不同", "x".repeat(3000),
                "碳化硅".repeat(2000), "的".repeat(500) + " " + "了".repeat(500));
        for (String text : texts) {
            assertThat(tokens(new ChineseTokenizer(), text)).as(text).isEqualTo(tokens(new HMMChineseTokenizer(), text));
        }
    }

    @Test
    void segmentsLikeSmartcnOnTheSeeds() throws IOException {
        List<String> texts = new ArrayList<>();
        Path seeds = Path.of("..", "seeds");
        try (Stream<Path> files = Files.walk(seeds)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        }
        assertThat(texts).hasSizeGreaterThan(1000);
        assertSameTokens(texts);
        // The whole files too: sentences across lines, long inputs.
        try (Stream<Path> files = Files.walk(seeds)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                assertSameTokens(List.of(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
    }

    @Test
    void segmentsLikeSmartcnOnRandomText() throws IOException {
        String pieces = "碳化硅功率器件封装可靠性新能源汽车电池热管理储能系统电网调度人工智能算法芯片光刻材料的了在和与及"
                + "研究生命起源结婚尚未南京市长江大桥";
        String[] others = {" ", "　", "\t", "\n", "，", "。", "、", "；", "：", "“", "”", "（", "）", "·", "≥", "%",
                "-", "/", ".", "a", "Z", "7", "０", "Ａ", "ｚ", "😀", "\uD83D", "\uDC00", "é", "ß", "ア", "한", "\u00A0",
                "\uFEFF", "\u3000", "\u9FA6", "\u4E00", "\u9FA5", "\uFF63", "\uFE30"};
        Random random = new Random(20261128L);
        List<String> texts = new ArrayList<>();
        texts.add("碳化硅功率器件".repeat(3000)); // one sentence longer than the segmenter keeps room for
        for (int t = 0; t < 3000; t++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(120);
            for (int i = 0; i < length; i++) {
                int kind = random.nextInt(10);
                if (kind < 6) {
                    int at = random.nextInt(pieces.length() - 3);
                    text.append(pieces, at, at + 1 + random.nextInt(3));
                } else if (kind < 8) {
                    text.append(others[random.nextInt(others.length)]);
                } else {
                    text.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00 + 1)));
                }
            }
            texts.add(text.toString());
        }
        assertSameTokens(texts);
    }

    private static void assertSameTokens(List<String> texts) throws IOException {
        Tokenizer ours = new ChineseTokenizer();
        Tokenizer smartcn = new HMMChineseTokenizer();
        for (String text : texts) {
            assertThat(tokens(ours, text)).as(text).isEqualTo(tokens(smartcn, text));
        }
    }

    /** Every token as "term start-end +increment type", then the final offset. */
    static List<String> tokens(Tokenizer tokenizer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute increment = tokenizer.addAttribute(PositionIncrementAttribute.class);
        TypeAttribute type = tokenizer.addAttribute(TypeAttribute.class);
        tokenizer.setReader(new StringReader(text));
        tokenizer.reset();
        while (tokenizer.incrementToken()) {
            tokens.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " +"
                    + increment.getPositionIncrement() + " " + type.type());
        }
        tokenizer.end();
        tokens.add("end " + offset.endOffset());
        tokenizer.close();
        return tokens;
    }
}

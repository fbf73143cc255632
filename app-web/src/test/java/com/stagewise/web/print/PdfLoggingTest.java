package com.stagewise.web.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.Test;

class PdfLoggingTest {

    /**
     * PDFBox logs through commons-logging. With the commons-logging jar that went to java.util.logging,
     * past logback: its own two-line format on stderr, and the level logback.xml sets for the standard
     * fonts' fallback notice (two lines for every PDF) did nothing.
     */
    @Test
    void pdfbox_logs_through_logback_so_the_levels_of_logback_xml_apply() {
        assertThatThrownBy(() -> Class.forName("org.apache.commons.logging.impl.Jdk14Logger"))
                .as("commons-logging itself is not on the class path, jcl-over-slf4j stands in for it")
                .isInstanceOf(ClassNotFoundException.class);
        Log fonts = LogFactory.getLog(PDType1Font.class);
        assertThat(fonts.isWarnEnabled()).as("the standard fonts' fallback notice is off").isFalse();
        assertThat(fonts.isErrorEnabled()).isTrue();
        assertThat(LogFactory.getLog(PDDocument.class).isWarnEnabled()).as("the rest of PDFBox still warns").isTrue();
    }
}

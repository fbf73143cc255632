package com.stagewise.web.charts;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Not a test: reads chart SVG back as XML. */
final class ChartXml {

    private ChartXml() {
    }

    static Element parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            return document.getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    static List<Element> elements(Element root, String tag) {
        NodeList nodes = root.getElementsByTagNameNS("*", tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** Elements of {@code tag} whose class list holds {@code cls}. */
    static List<Element> withClass(Element root, String tag, String cls) {
        return elements(root, tag).stream()
                .filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cls)).toList();
    }

    static List<String> texts(Element root) {
        return elements(root, "text").stream().map(Element::getTextContent).toList();
    }

    static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    /** The x where a path's data starts ("M12.5 30..."). */
    static double pathStartX(Element path) {
        return Double.parseDouble(path.getAttribute("d").substring(1).split("[ ,]")[0]);
    }
}

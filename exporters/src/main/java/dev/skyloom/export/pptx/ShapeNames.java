package dev.skyloom.export.pptx;

import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;

/**
 * Names shapes as PowerPoint's selection pane shows them ("gpu-pool train-fra", "connection c3"), which
 * POI's API only reads: the name is the {@code cNvPr} of the shape's non-visual properties.
 */
final class ShapeNames {
    private static final String PATH =
            "declare namespace p='http://schemas.openxmlformats.org/presentationml/2006/main'" + " $this/*/p:cNvPr";

    private ShapeNames() {}

    static void set(XSLFShape shape, String name) {
        for (XmlObject o : shape.getXmlObject().selectPath(PATH)) {
            if (o instanceof CTNonVisualDrawingProps props) {
                props.setName(SlideText.clean(name, 120));
            }
        }
    }
}

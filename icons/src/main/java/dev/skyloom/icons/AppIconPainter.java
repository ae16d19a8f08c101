package dev.skyloom.icons;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the app icon (the same shapes as {@code app.svg}, on a unit square) and writes the committed
 * PNGs. Regenerate with {@code java -cp icons/target/classes dev.skyloom.icons.AppIconPainter
 * icons/src/main/resources/dev/skyloom/icons}.
 */
public final class AppIconPainter {
    static final Color TOP = new Color(0x43, 0x38, 0xCA);
    static final Color BOTTOM = new Color(0x0E, 0xA5, 0xE9);

    private AppIconPainter() {}

    /** Renders the icon at {@code size} x {@code size} pixels with a transparent margin. */
    public static BufferedImage render(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(size / 256.0, size / 256.0);
            g.setPaint(new GradientPaint(0, 16, TOP, 0, 240, BOTTOM));
            g.fill(new RoundRectangle2D.Double(16, 16, 224, 224, 56, 56));
            g.setColor(Color.WHITE);
            g.fill(cloud());
            g.setColor(TOP);
            g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(78, 150, 178, 150));
            g.draw(new Line2D.Double(78, 172, 178, 172));
            g.setColor(new Color(0xF5, 0x9E, 0x0B));
            g.draw(new Line2D.Double(128, 140, 128, 182));
        } finally {
            g.dispose();
        }
        return image;
    }

    static Area cloud() {
        Area a = new Area(new Ellipse2D.Double(56, 112, 84, 84));
        a.add(new Area(new Ellipse2D.Double(90, 64, 104, 104)));
        a.add(new Area(new Ellipse2D.Double(140, 112, 76, 76)));
        a.add(new Area(new RoundRectangle2D.Double(56, 140, 160, 56, 56, 56)));
        return a;
    }

    /** Writes {@code app-N.png} for every size of {@link IconKey#APP_PNG_SIZES} into the folder. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(dir);
        for (int size : IconKey.APP_PNG_SIZES) {
            ImageIO.write(
                    render(size), "png", dir.resolve("app-" + size + ".png").toFile());
        }
    }
}

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws the 16x16 node and category icons of org.mnistlab.knime with Java2D (our own drawings, no copied artwork).
 * Run from the repository root: {@code java releng/icons/DrawIcons.java}; it (re)writes the PNGs next to the node
 * factories and the category icon. To add a node icon, add an entry to {@link #ICONS}.
 */
public final class DrawIcons {

    private static final String BUNDLE = "bundles/org.mnistlab.knime/";

    private static final String NODES = BUNDLE + "src/org/mnistlab/knime/node/";

    private static final Color INK = new Color(0x20, 0x2a, 0x44);

    private static final Color ACCENT = new Color(0x1f, 0x77, 0xb4);

    private static final Color ORANGE = new Color(0xff, 0x7f, 0x0e);

    private static final Color GREEN = new Color(0x2c, 0xa0, 0x2c);

    /** File → drawing. */
    private static final Map<String, Consumer<Graphics2D>> ICONS = Map.ofEntries(
        Map.entry(BUNDLE + "icons/mnistlab.png", DrawIcons::category),
        Map.entry(NODES + "mnistreader/mnistreader.png", DrawIcons::reader),
        Map.entry(NODES + "digitgrid/digitgrid.png", DrawIcons::digitGrid),
        Map.entry(NODES + "orderedsplit/orderedsplit.png", DrawIcons::orderedSplit),
        // learners, predictors and the scaler
        Map.entry(NODES + "sgdlearner/sgdlearner.png", DrawIcons::sgdLearner),
        Map.entry(NODES + "sgdpredictor/sgdpredictor.png", DrawIcons::sgdPredictor),
        Map.entry(NODES + "svmlearner/svmlearner.png", DrawIcons::svmLearner),
        Map.entry(NODES + "svmpredictor/svmpredictor.png", DrawIcons::svmPredictor),
        Map.entry(NODES + "scalerlearner/scalerlearner.png", DrawIcons::scalerLearner),
        Map.entry(NODES + "scalerapplier/scalerapplier.png", DrawIcons::scalerApplier),
        // evaluation
        Map.entry(NODES + "crossvalidation/crossvalidation.png", DrawIcons::crossValidation),
        Map.entry(NODES + "scorer/scorer.png", DrawIcons::scorer),
        Map.entry(NODES + "thresholdsweep/thresholdsweep.png", DrawIcons::thresholdSweep),
        Map.entry(NODES + "thresholdapply/thresholdapply.png", DrawIcons::thresholdApply),
        Map.entry(NODES + "roccurve/roccurve.png", DrawIcons::rocCurve));

    private DrawIcons() {
    }

    public static void main(final String[] args) throws IOException {
        for (final Map.Entry<String, Consumer<Graphics2D>> e : ICONS.entrySet()) {
            final BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
            final Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            e.getValue().accept(g);
            g.dispose();
            final File out = new File(e.getKey());
            out.getParentFile().mkdirs();
            ImageIO.write(img, "png", out);
        }
    }

    /** A hand-drawn "5" on a small sheet: the lab's digit. */
    private static void five(final Graphics2D g, final int x, final int y, final int w, final int h) {
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(x + w, y, x, y);
        g.drawLine(x, y, x, y + h / 2);
        g.drawArc(x - w / 4, y + h / 2 - 1, w + w / 4, h / 2, 120, -240);
    }

    private static void category(final Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fillRoundRect(1, 1, 14, 14, 4, 4);
        g.setColor(ACCENT);
        g.drawRoundRect(1, 1, 13, 13, 4, 4);
        g.setColor(INK);
        five(g, 5, 4, 6, 8);
    }

    private static void reader(final Graphics2D g) {
        g.setColor(new Color(0xee, 0xee, 0xee));
        g.fillRect(1, 2, 10, 12);
        g.setColor(INK);
        g.drawRect(1, 2, 10, 12);
        five(g, 4, 5, 4, 6);
        g.setColor(ACCENT);
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(12, 8, 15, 8);
        g.drawLine(13, 6, 15, 8);
        g.drawLine(13, 10, 15, 8);
    }

    private static void digitGrid(final Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 16, 16);
        g.setColor(new Color(0xbb, 0xbb, 0xbb));
        for (int i = 0; i <= 16; i += 5) {
            g.drawLine(i, 0, i, 15);
            g.drawLine(0, i, 15, i);
        }
        g.setColor(INK);
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                g.fillOval(c * 5 + 1 + (r + c) % 2, r * 5 + 1, 3, 3);
            }
        }
    }

    private static void orderedSplit(final Graphics2D g) {
        g.setColor(INK);
        for (int i = 0; i < 4; i++) {
            g.fillRect(1, 2 + i * 3, 5, 2);
        }
        g.setStroke(new BasicStroke(1.2f));
        g.drawLine(7, 7, 9, 4);
        g.drawLine(7, 9, 9, 12);
        g.setColor(ACCENT);
        for (int i = 0; i < 3; i++) {
            g.fillRect(10, 1 + i * 2, 5, 1);
        }
        g.setColor(ORANGE);
        for (int i = 0; i < 2; i++) {
            g.fillRect(10, 11 + i * 2, 5, 1);
        }
    }

    /** Two classes of points: ink circles above-left, orange squares below-right. */
    private static void points(final Graphics2D g) {
        g.setColor(INK);
        g.fillOval(2, 3, 3, 3);
        g.fillOval(5, 1, 3, 3);
        g.fillOval(1, 7, 3, 3);
        g.setColor(ORANGE);
        g.fillRect(11, 8, 3, 3);
        g.fillRect(8, 12, 3, 3);
        g.fillRect(12, 12, 3, 3);
    }

    /** The decision boundary between the two classes of {@link #points}. */
    private static void boundary(final Graphics2D g) {
        g.setColor(ACCENT);
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(2, 15, 15, 2);
    }

    /** A predictor's mark: a question point in the middle of the boundary, classified by an arrow. */
    private static void predictorMark(final Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fillOval(6, 6, 5, 5);
        g.setColor(INK);
        g.setStroke(new BasicStroke(1.2f));
        g.drawOval(6, 6, 4, 4);
    }

    /** Points, a boundary, and the zig-zag path of stochastic gradient steps towards it. */
    private static void sgdLearner(final Graphics2D g) {
        points(g);
        boundary(g);
        g.setColor(GREEN);
        g.setStroke(new BasicStroke(1.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawPolyline(new int[]{1, 5, 3, 7, 6, 8}, new int[]{15, 14, 11, 12, 9, 9}, 6);
    }

    private static void sgdPredictor(final Graphics2D g) {
        points(g);
        boundary(g);
        predictorMark(g);
    }

    /** Points and a boundary with its margin: the support vector machine. */
    private static void svm(final Graphics2D g) {
        points(g);
        g.setColor(new Color(0x99, 0xbb, 0xdd));
        g.setStroke(new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[]{2f, 1.5f},
            0f));
        g.drawLine(0, 13, 13, 0);
        g.drawLine(4, 16, 16, 4);
        boundary(g);
    }

    private static void svmLearner(final Graphics2D g) {
        svm(g);
        g.setColor(GREEN);
        g.fillOval(1, 12, 3, 3);
        g.fillOval(12, 1, 3, 3);
    }

    private static void svmPredictor(final Graphics2D g) {
        svm(g);
        predictorMark(g);
    }

    /** Bars of unequal heights (left) and of equal spread around a common centre line (right). */
    private static void scaled(final Graphics2D g) {
        g.setColor(INK);
        g.fillRect(1, 9, 2, 6);
        g.fillRect(4, 3, 2, 12);
        g.setColor(ACCENT);
        g.fillRect(10, 5, 2, 6);
        g.fillRect(13, 5, 2, 6);
        g.setColor(ORANGE);
        g.drawLine(9, 8, 15, 8);
    }

    private static void scalerLearner(final Graphics2D g) {
        scaled(g);
        g.setColor(INK);
        g.drawLine(7, 8, 8, 8);
    }

    private static void scalerApplier(final Graphics2D g) {
        scaled(g);
        g.setColor(INK);
        g.setStroke(new BasicStroke(1.2f));
        g.drawLine(6, 13, 9, 13);
        g.drawLine(8, 11, 9, 13);
        g.drawLine(8, 15, 9, 13);
    }

    /** Three folds: in each row of four blocks another block is the test part. */
    private static void crossValidation(final Graphics2D g) {
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 4; c++) {
                g.setColor(c == r ? ORANGE : ACCENT);
                g.fillRect(1 + c * 4, 2 + r * 5, 3, 3);
            }
        }
    }

    /** A 2 x 2 confusion matrix: dark diagonal (correct), light errors. */
    private static void scorer(final Graphics2D g) {
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                g.setColor(r == c ? ACCENT : new Color(0xc6, 0xdb, 0xef));
                g.fillRect(1 + c * 7, 1 + r * 7, 7, 7);
            }
        }
        g.setColor(INK);
        g.drawRect(1, 1, 13, 13);
    }

    /** Precision rising, recall falling, and the chosen threshold as a dotted line. */
    private static void thresholdSweep(final Graphics2D g) {
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(ACCENT);
        g.drawPolyline(new int[]{1, 5, 9, 12, 15}, new int[]{11, 10, 7, 3, 2}, 5);
        g.setColor(new Color(0x2c, 0xa0, 0x2c));
        g.drawPolyline(new int[]{1, 5, 9, 12, 15}, new int[]{2, 3, 6, 11, 14}, 5);
        g.setColor(INK);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[]{1.5f, 1.5f},
            0f));
        g.drawLine(10, 0, 10, 15);
    }

    /** Scores left of the threshold negative (blue), right of it positive (orange). */
    private static void thresholdApply(final Graphics2D g) {
        final int[] xs = {2, 4, 6, 8, 11, 13};
        final int[] ys = {10, 5, 12, 7, 4, 9};
        for (int i = 0; i < xs.length; i++) {
            g.setColor(xs[i] > 9 ? ORANGE : ACCENT);
            g.fillOval(xs[i] - 1, ys[i] - 1, 3, 3);
        }
        g.setColor(INK);
        g.setStroke(new BasicStroke(1.2f));
        g.drawLine(9, 1, 9, 14);
    }

    /** A ROC curve bowing to the top-left corner over the dotted diagonal, a chosen threshold's point on it. */
    private static void rocCurve(final Graphics2D g) {
        g.setColor(INK);
        g.setStroke(new BasicStroke(1f));
        g.drawLine(1, 1, 1, 14);
        g.drawLine(1, 14, 14, 14);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[]{1.5f, 1.5f},
            0f));
        g.drawLine(2, 13, 14, 1);
        g.setColor(ACCENT);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawPolyline(new int[]{2, 2, 3, 5, 8, 14}, new int[]{13, 7, 4, 3, 2, 1}, 6);
        g.setColor(ORANGE);
        g.fillOval(2, 3, 4, 4);
    }
}

/**
 * Line figures of a person in the start and end position of each starter exercise, drawn as small standalone SVG.
 *
 * <p>A {@link com.stagewise.web.figures.Pose} holds joint angles (built fluently, e.g.
 * {@code Pose.supine().hips(45).knees(95).feetFlat()}); {@link com.stagewise.web.figures.Figure} turns it into
 * points by forward kinematics and sets it on the floor; {@link com.stagewise.web.figures.FigureSvg} projects it
 * through a {@link com.stagewise.web.figures.View} (side, front, top or oblique) and draws it with its
 * {@link com.stagewise.web.figures.Prop}s. {@link com.stagewise.web.figures.StarterFigures} holds the poses of the
 * 28 starter exercises and is what pages use:
 *
 * <pre>{@code
 * StarterFigures.pairSvg("glute-bridge", pregnant, "Glute bridge: start and end position")
 *         .ifPresent(svg -> ...); // inline it, or FigureSvg.dataUri(svg) for an <img>
 * }</pre>
 *
 * <p>Nothing is fetched and nothing is scripted: the SVG uses presentation attributes only.
 */
package com.stagewise.web.figures;

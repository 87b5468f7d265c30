package boundary

import (
	"fmt"
	"image/color"
	"math"
	"os"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// Plot writes a PNG to path: one row per check and stride, one column per
// metric; in each panel the honest samples of every tensor (points) against
// its bound (a bar marker), on a log scale.
func Plot(a *Artifact, samples []Sample, path string) error {
	if err := a.Validate(); err != nil {
		return fmt.Errorf("plot: %w", err)
	}
	metrics := Metrics()
	grid := make([][]*plot.Plot, len(a.Checks))
	for r := range a.Checks {
		grid[r] = make([]*plot.Plot, len(metrics))
		for c := range metrics {
			p, err := panel(&a.Checks[r], c, samples)
			if err != nil {
				return fmt.Errorf("plot %s/%d %s: %w", a.Checks[r].Check, a.Checks[r].Stride, metrics[c], err)
			}
			grid[r][c] = p
		}
	}
	width := vg.Length(len(metrics)) * 5 * vg.Inch
	height := vg.Length(len(a.Checks)) * 3.5 * vg.Inch
	img := vgimg.New(width, height)
	dc := draw.New(img)
	tiles := draw.Tiles{Rows: len(a.Checks), Cols: len(metrics), PadX: vg.Millimeter, PadY: vg.Millimeter,
		PadTop: vg.Millimeter, PadBottom: vg.Millimeter, PadLeft: vg.Millimeter, PadRight: vg.Millimeter}
	canvases := plot.Align(grid, tiles, dc)
	for r := range grid {
		for c := range grid[r] {
			grid[r][c].Draw(canvases[r][c])
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("plot: %w", err)
	}
	if _, err := (vgimg.PngCanvas{Canvas: img}).WriteTo(f); err != nil {
		f.Close()
		return fmt.Errorf("plot %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("plot %s: %w", path, err)
	}
	return nil
}

// panel draws metric m of one check: tensor i at x = i.
func panel(cb *CheckBounds, m int, samples []Sample) (*plot.Plot, error) {
	index := make(map[string]int, len(cb.Tensors))
	names := make([]string, len(cb.Tensors))
	for i, tb := range cb.Tensors {
		index[tb.Tensor] = i
		names[i] = tb.Tensor
	}
	var drift, bounds plotter.XYs
	for _, s := range samples {
		i, ok := index[s.Tensor]
		if s.Check != cb.Check || s.Stride != cb.Stride || !ok {
			continue
		}
		y := s.Distance.values()[m]
		if math.IsNaN(y) || math.IsInf(y, 0) {
			continue // a log axis cannot place it; Compare already calls it fraud
		}
		drift = append(drift, plotter.XY{X: float64(i) + jitter(len(drift)), Y: y})
	}
	for i, tb := range cb.Tensors {
		bounds = append(bounds, plotter.XY{X: float64(i), Y: tb.Bound.values()[m]})
	}
	// A log axis cannot show zero: lift zeros to a decade below the smallest positive value.
	lo := math.Inf(1)
	for _, xy := range append(drift, bounds...) {
		if xy.Y > 0 {
			lo = min(lo, xy.Y)
		}
	}
	if math.IsInf(lo, 1) {
		lo = 1
	}
	for _, xys := range []plotter.XYs{drift, bounds} {
		for i := range xys {
			xys[i].Y = max(xys[i].Y, lo/10)
		}
	}
	p := plot.New()
	p.Title.Text = fmt.Sprintf("%s s=%d: %s", cb.Check, cb.Stride, Metrics()[m])
	p.Y.Scale = plot.LogScale{}
	p.Y.Tick.Marker = plot.LogTicks{Prec: 1}
	p.NominalX(names...)
	p.X.Tick.Label.Rotation = math.Pi / 6
	p.X.Tick.Label.XAlign = draw.XRight
	if len(drift) > 0 {
		sc, err := plotter.NewScatter(drift)
		if err != nil {
			return nil, err
		}
		sc.GlyphStyle.Shape = draw.CircleGlyph{}
		sc.GlyphStyle.Radius = vg.Points(1.5)
		p.Add(sc)
		p.Legend.Add("honest drift", sc)
	}
	bs, err := plotter.NewScatter(bounds)
	if err != nil {
		return nil, err
	}
	bs.GlyphStyle.Shape = draw.BoxGlyph{}
	bs.GlyphStyle.Radius = vg.Points(3)
	bs.GlyphStyle.Color = color.RGBA{R: 200, A: 255}
	p.Add(bs)
	p.Legend.Add("bound", bs)
	p.Legend.Top = true
	// Headroom above the data keeps the legend off the points.
	p.Y.Max *= 100
	return p, nil
}

// jitter spreads the points of one tensor sideways, deterministically.
func jitter(i int) float64 { return (float64(i%7) - 3) * 0.04 }

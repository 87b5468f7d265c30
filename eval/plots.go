package eval

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
)

func save(p *plot.Plot, path string) error {
	if err := p.Save(8*vg.Inch, 5*vg.Inch, path); err != nil {
		return fmt.Errorf("eval plot %s: %w", path, err)
	}
	return nil
}

// plotDrift shows, on a log scale, every honest run's largest distance/bound and every
// attack's smallest, against the boundary (1).
func plotDrift(r *Report, path string) error {
	p := plot.New()
	p.Title.Text = "distance / bound: honest runs (worst) vs attacks (closest)"
	p.X.Label.Text = "run"
	p.Y.Label.Text = "log10(distance / bound)"
	var honest, attacks plotter.XYs
	x := 0.0
	for _, f := range r.Families {
		for _, h := range f.Honests {
			if h.WorstRatio > 0 {
				honest = append(honest, plotter.XY{X: x, Y: math.Log10(h.WorstRatio)})
			}
			x++
		}
		for _, a := range f.Attacks {
			if a.Tampered > 0 && a.MinRatio > 0 {
				attacks = append(attacks, plotter.XY{X: x, Y: math.Log10(a.MinRatio)})
			}
			x++
		}
		x += 3
	}
	for _, s := range []struct {
		pts   plotter.XYs
		name  string
		color color.Color
	}{{honest, "honest (worst interval)", color.RGBA{G: 140, A: 255}}, {attacks, "attack (closest tampered interval)", color.RGBA{R: 200, A: 255}}} {
		if len(s.pts) == 0 {
			continue
		}
		sc, err := plotter.NewScatter(s.pts)
		if err != nil {
			return fmt.Errorf("eval plot: %w", err)
		}
		sc.Color = s.color
		p.Add(sc)
		p.Legend.Add(s.name, sc)
	}
	line := plotter.NewFunction(func(float64) float64 { return 0 })
	line.Dashes = []vg.Length{vg.Points(4), vg.Points(4)}
	p.Add(line)
	p.Legend.Add("boundary", line)
	p.Legend.Top = true
	return save(p, path)
}

// plotDetection draws detection d against attack strength for every attack of the first
// family.
func plotDetection(r *Report, path string) error {
	p := plot.New()
	p.Y.Min, p.Y.Max = 0, 1.05
	p.X.Label.Text = "attack strength"
	p.Y.Label.Text = "detection d per opened tampered interval"
	if len(r.Families) == 0 {
		return save(p, path)
	}
	f := r.Families[0]
	p.Title.Text = "detection vs attack strength: " + f.Workload
	byAttack := map[string]plotter.XYs{}
	var order []string
	for _, a := range f.Attacks {
		if a.Tampered == 0 {
			continue
		}
		if _, ok := byAttack[a.Attack]; !ok {
			order = append(order, a.Attack)
		}
		byAttack[a.Attack] = append(byAttack[a.Attack], plotter.XY{X: a.Strength, Y: a.Detection})
	}
	var args []any
	for _, name := range order {
		args = append(args, name, byAttack[name])
	}
	if err := plotutil.AddLinePoints(p, args...); err != nil {
		return fmt.Errorf("eval plot: %w", err)
	}
	return save(p, path)
}

// plotRate draws the probability that an attack tampering m intervals is caught, against
// the sampling rate p, for the configured watchtowers and the weakest measured detection.
func plotRate(r *Report, path string) error {
	d := 1.0
	for _, row := range r.Headline.Rows {
		if row.Effective > 0 {
			d = min(d, row.MinDetection)
		}
	}
	n := r.Config.Watchtowers
	p := plot.New()
	p.Title.Text = fmt.Sprintf("P(caught) = 1 - (1 - p·d)^(m·n), d = %.3g, n = %d", d, n)
	p.X.Label.Text = "log10(sampling rate p)"
	p.Y.Label.Text = "probability the attack is caught"
	p.Y.Min, p.Y.Max = 0, 1.05
	var args []any
	for _, m := range []uint64{1, 10, 100, 1000} {
		var pts plotter.XYs
		for i := 0; i <= 60; i++ {
			lp := -4 + 4*float64(i)/60
			pts = append(pts, plotter.XY{X: lp, Y: 1 - Escape(math.Pow(10, lp), d, m, n)})
		}
		args = append(args, fmt.Sprintf("m = %d", m), pts)
	}
	if err := plotutil.AddLines(p, args...); err != nil {
		return fmt.Errorf("eval plot: %w", err)
	}
	return save(p, path)
}

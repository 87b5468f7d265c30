package attack

import "testing"

func TestParseBehaviour(t *testing.T) {
	for _, name := range BehaviourNames() {
		if _, ok := behaviourDoc(name); !ok {
			t.Errorf("behaviour %q is listed but undocumented", name)
		}
	}
	good := map[string]Behaviour{
		"honest":      {Name: "honest"},
		"skip":        {Name: "skip", Strength: 0.5},
		"poison:0.25": {Name: "poison", Strength: 0.25},
		"lr:1":        {Name: "lr", Strength: 1},
	}
	for in, want := range good {
		got, err := ParseBehaviour(in)
		if err != nil || got != want {
			t.Errorf("ParseBehaviour(%q) = %+v, %v; want %+v", in, got, err, want)
		}
		if in != "honest" && got.Hooks() == nil {
			t.Errorf("%q has no hooks", in)
		}
	}
	for _, in := range []string{"", "bogus", "skip:0", "skip:1.5", "skip:x", "honest:0.1"} {
		if _, err := ParseBehaviour(in); err == nil {
			t.Errorf("ParseBehaviour(%q) accepted", in)
		}
	}
	if (Behaviour{Name: "honest"}).Hooks() != nil {
		t.Error("honest training must have no hooks")
	}
}

func TestSkipShareIsRoughlyTheStrength(t *testing.T) {
	h := Behaviour{Name: "skip", Strength: 0.3}.Hooks()
	skipped := 0
	for step := uint64(0); step < 10000; step++ {
		if h.Skip(step) {
			skipped++
		}
	}
	if skipped < 2700 || skipped > 3300 {
		t.Errorf("skip:0.3 skipped %d of 10000 steps", skipped)
	}
}

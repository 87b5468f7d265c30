package node

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ovig/ovig/chain"
)

func TestCheckTerms(t *testing.T) {
	var (
		owner    = common.HexToAddress("0x0000000000000000000000000000000000000001")
		provider = common.HexToAddress("0x0000000000000000000000000000000000000002")
		arbs     = []common.Address{
			common.HexToAddress("0x00000000000000000000000000000000000000a1"),
			common.HexToAddress("0x00000000000000000000000000000000000000a2"),
			common.HexToAddress("0x00000000000000000000000000000000000000a3"),
		}
		stranger = common.HexToAddress("0x00000000000000000000000000000000000000b1")
		manifest = [32]byte{0x11}
		bound    = [32]byte{0x22}
	)
	const now = 1_000_000
	// good terms: 2 of 3 arbiters, bond at exactly twice the challenger bond, every window fine.
	good := func() (chain.Job, []common.Address, TermsPolicy) {
		v := chain.Job{
			Owner: owner, Provider: provider, Status: chain.StatusCreated,
			ManifestHash: manifest, BoundaryHash: bound,
			AcceptBy: now + 600, FinalizeBy: now + 86400,
			ChallengeWindow: 3600, ArbitrationWindow: 7200,
			ProviderBond: big.NewInt(2000), ChallengerBond: big.NewInt(1000),
			Threshold: 2, ArbiterCount: 3,
		}
		p := TermsPolicy{
			ManifestHash: manifest, BoundaryHash: bound, Self: provider,
			EvidenceURI:     "https://provider.example/ovig",
			TrustedArbiters: arbs[:2], MaxBond: big.NewInt(5000),
			MaxChallengeWindow: 86400, MinArbitrationWindow: 3600,
			Now: now, MinTrainTime: 3600,
		}
		return v, append([]common.Address(nil), arbs...), p
	}
	for _, tc := range []struct {
		name   string
		change func(v *chain.Job, a *[]common.Address, p *TermsPolicy)
		want   []string // substrings of the refusal; none: the terms pass
	}{
		{"good terms", func(*chain.Job, *[]common.Address, *TermsPolicy) {}, nil},
		{"good terms without optional limits", func(_ *chain.Job, _ *[]common.Address, p *TermsPolicy) {
			p.TrustedArbiters, p.MaxBond, p.MaxChallengeWindow, p.MinArbitrationWindow, p.MinTrainTime = nil, nil, 0, 0, 0
		}, nil},
		{"good: 1 of 1", func(v *chain.Job, a *[]common.Address, p *TermsPolicy) {
			*a, v.Threshold, v.ArbiterCount, p.TrustedArbiters = arbs[:1], 1, 1, arbs[:1]
		}, nil},
		{"good: bond at the provider's maximum", func(v *chain.Job, _ *[]common.Address, p *TermsPolicy) {
			p.MaxBond = big.NewInt(2000)
		}, nil},
		{"good: last second of acceptance", func(v *chain.Job, _ *[]common.Address, _ *TermsPolicy) {
			v.AcceptBy = now
		}, nil},

		{"already accepted", func(v *chain.Job, _ *[]common.Address, _ *TermsPolicy) {
			v.Status = chain.StatusAccepted
		}, []string{"not Created"}},
		{"another provider", func(_ *chain.Job, _ *[]common.Address, p *TermsPolicy) {
			p.Self = stranger
		}, []string{"names provider"}},
		{"wrong manifest hash", func(_ *chain.Job, _ *[]common.Address, p *TermsPolicy) {
			p.ManifestHash = [32]byte{0x99}
		}, []string{"manifest hash on chain"}},
		{"wrong boundary hash", func(v *chain.Job, _ *[]common.Address, _ *TermsPolicy) {
			v.BoundaryHash = [32]byte{0x98}
		}, []string{"boundary hash on chain"}},
		{"threshold of half", func(v *chain.Job, a *[]common.Address, p *TermsPolicy) {
			*a = append(*a, stranger)
			v.ArbiterCount, p.TrustedArbiters = 4, append(arbs[:3:3], stranger)
		}, []string{"threshold 2 of 4 arbiters is not a strict majority"}},
		{"threshold of one in three", func(v *chain.Job, _ *[]common.Address, p *TermsPolicy) {
			v.Threshold, p.TrustedArbiters = 1, nil
		}, []string{"threshold 1 of 3 arbiters is not a strict majority"}},
		{"threshold above the arbiter count", func(v *chain.Job, _ *[]common.Address, _ *TermsPolicy) {
			v.Threshold = 4
		}, []string{"threshold 4 of 3 arbiters is not a strict majority"}},
		{"no arbiters", func(v *chain.Job, a *[]common.Address, p *TermsPolicy) {
			*a, v.Threshold, p.TrustedArbiters = nil, 0, nil
		}, []string{"not a strict majority"}},
		{"owner as arbiter", func(_ *chain.Job, a *[]common.Address, _ *TermsPolicy) {
			(*a)[2] = owner
		}, []string{"arbiter " + owner.Hex() + " is a party"}},
		{"provider as arbiter", func(_ *chain.Job, a *[]common.Address, p *TermsPolicy) {
			(*a)[0] = provider
			p.TrustedArbiters = []common.Address{provider, arbs[1], arbs[2]}
		}, []string{"arbiter " + provider.Hex() + " is a party"}},
		{"untrusted arbiters reach the threshold", func(_ *chain.Job, _ *[]common.Address, p *TermsPolicy) {
			p.TrustedArbiters = arbs[:1]
		}, []string{"2 of 3 arbiters are not trusted"}},
		{"no arbiter trusted", func(_ *chain.Job, _ *[]common.Address, p *TermsPolicy) {
			p.TrustedArbiters = []common.Address{stranger}
		}, []string{"3 of 3 arbiters are not trusted"}},
		{"bond below twice the challenger bond", func(v *chain.Job, _ *[]common.Address, _ *TermsPolicy) {
			v.ProviderBond = big.NewInt(1999)
		}, []string{"below twice the challenger bond"}},
		{"bond unset", func(v *chain.Job, _ *[]common.Address, _ *TermsPolicy) {
			v.ProviderBond = nil
		}, []string{"below twice the challenger bond"}},
		{"bond above the provider's maximum", func(v *chain.Job, _ *[]common.Address, p *TermsPolicy) {
			v.ProviderBond = big.NewInt(5001)
		}, []string{"exceeds the most this provider stakes"}},
		{"challenge window too long", func(v *chain.Job, _ *[]common.Address, _ *TermsPolicy) {
			v.ChallengeWindow = 86401
		}, []string{"challenge window 86401s"}},
		{"no challenge window", func(v *chain.Job, _ *[]common.Address, p *TermsPolicy) {
			v.ChallengeWindow, p.MaxChallengeWindow = 0, 0
		}, []string{"challenge window 0s"}},
		{"arbitration window too short", func(v *chain.Job, _ *[]common.Address, _ *TermsPolicy) {
			v.ArbitrationWindow = 3599
		}, []string{"arbitration window 3599s shorter"}},
		{"acceptance closed", func(v *chain.Job, _ *[]common.Address, _ *TermsPolicy) {
			v.AcceptBy = now - 1
		}, []string{"acceptance closed"}},
		{"too little time to train", func(v *chain.Job, _ *[]common.Address, _ *TermsPolicy) {
			v.FinalizeBy = now + 3599
		}, []string{"leaves less than 3600s to train"}},
		{"no evidence URI", func(_ *chain.Job, _ *[]common.Address, p *TermsPolicy) {
			p.EvidenceURI = ""
		}, []string{"scheme must be http or https"}},
		{"evidence URI of another scheme", func(_ *chain.Job, _ *[]common.Address, p *TermsPolicy) {
			p.EvidenceURI = "ftp://provider.example/ovig"
		}, []string{"scheme must be http or https"}},
		{"evidence URI without host", func(_ *chain.Job, _ *[]common.Address, p *TermsPolicy) {
			p.EvidenceURI = "http:///ovig"
		}, []string{"has no host"}},
		{"unparsable evidence URI", func(_ *chain.Job, _ *[]common.Address, p *TermsPolicy) {
			p.EvidenceURI = "http://[::1"
		}, []string{"evidence URI"}},
		{"evidence URI too long", func(_ *chain.Job, _ *[]common.Address, p *TermsPolicy) {
			p.EvidenceURI = "https://provider.example/" + strings.Repeat("a", 488)
		}, []string{"513 bytes"}},
		{"every reason at once", func(v *chain.Job, _ *[]common.Address, p *TermsPolicy) {
			v.ManifestHash, v.ProviderBond, p.EvidenceURI = [32]byte{}, big.NewInt(1), "x"
		}, []string{"manifest hash on chain", "below twice the challenger bond", "scheme must be http or https"}},
	} {
		v, a, p := good()
		tc.change(&v, &a, &p)
		err := CheckTerms(v, a, p)
		if len(tc.want) == 0 {
			if err != nil {
				t.Errorf("%s: refused: %v", tc.name, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("%s: accepted", tc.name)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: %v; want it to say %q", tc.name, err, w)
			}
		}
		// Exactly the reasons the case broke: one per wanted substring.
		if n := strings.Count(err.Error(), "\n") + 1; n != len(tc.want) {
			t.Errorf("%s: %d reasons, want %d: %v", tc.name, n, len(tc.want), err)
		}
	}
	// A 512-byte URI is the registry's limit, not beyond it.
	v, a, p := good()
	p.EvidenceURI = "https://provider.example/" + strings.Repeat("a", 487)
	if len(p.EvidenceURI) != 512 {
		t.Fatalf("URI of %d bytes", len(p.EvidenceURI))
	}
	if err := CheckTerms(v, a, p); err != nil {
		t.Errorf("512-byte evidence URI: %v", err)
	}
}

package node

import (
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ovig/ovig/chain"
)

// TermsPolicy is what a provider insists on before it stakes its bond on a job.
type TermsPolicy struct {
	ManifestHash [32]byte       // the manifest it was given and will train
	BoundaryHash [32]byte       // the boundary artifact that manifest names
	Self         common.Address // the provider's own account
	EvidenceURI  string         // the endpoint it will serve and name at accept
	// TrustedArbiters, when set, must hold enough of the job's arbiters that the untrusted
	// ones can never form a quorum on their own.
	TrustedArbiters []common.Address
	MaxBond         *big.Int // the most it will stake (nil: no limit)
	// Windows the provider can live with: it must serve evidence for the whole challenge window
	// and answer arbiters within the arbitration window.
	MaxChallengeWindow, MinArbitrationWindow uint64
	// Now is the chain time; the job must still be open for acceptance with MinTrainTime to spare
	// before finalizeBy.
	Now, MinTrainTime uint64
}

// CheckTerms says why a provider must not accept the job v with arbiter set arbiters, or nil.
// Every reason is listed, so the operator fixes them in one go.
func CheckTerms(v chain.Job, arbiters []common.Address, p TermsPolicy) error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if v.Status != chain.StatusCreated {
		bad("job is %s, not Created", v.Status.String())
	}
	if v.Provider != p.Self {
		bad("the job names provider %s, this account is %s", v.Provider.Hex(), p.Self.Hex())
	}
	if v.ManifestHash != p.ManifestHash {
		bad("manifest hash on chain %x differs from the manifest given %x", v.ManifestHash, p.ManifestHash)
	}
	if v.BoundaryHash != p.BoundaryHash {
		bad("boundary hash on chain %x differs from the manifest's %x", v.BoundaryHash, p.BoundaryHash)
	}
	n := len(arbiters)
	if !chain.MajorityThreshold(v.Threshold, n) {
		bad("threshold %d of %d arbiters is not a strict majority", v.Threshold, n)
	}
	for _, a := range arbiters {
		if a == v.Owner || a == v.Provider {
			bad("arbiter %s is a party to the job (owner or provider)", a.Hex())
		}
	}
	if len(p.TrustedArbiters) > 0 {
		untrusted := 0
		for _, a := range arbiters {
			if !slices.Contains(p.TrustedArbiters, a) {
				untrusted++
			}
		}
		if untrusted >= int(v.Threshold) {
			bad("%d of %d arbiters are not trusted, enough to reach the threshold %d without any trusted one", untrusted, n, v.Threshold)
		}
	}
	if v.ProviderBond == nil || v.ChallengerBond == nil || v.ProviderBond.Cmp(chain.MinProviderBond(v.ChallengerBond)) < 0 {
		bad("provider bond %v is below twice the challenger bond %v", v.ProviderBond, v.ChallengerBond)
	}
	if p.MaxBond != nil && v.ProviderBond != nil && v.ProviderBond.Cmp(p.MaxBond) > 0 {
		bad("provider bond %v exceeds the most this provider stakes, %v", v.ProviderBond, p.MaxBond)
	}
	if v.ChallengeWindow == 0 || (p.MaxChallengeWindow > 0 && v.ChallengeWindow > p.MaxChallengeWindow) {
		bad("challenge window %ds outside 1..%ds", v.ChallengeWindow, p.MaxChallengeWindow)
	}
	if v.ArbitrationWindow < p.MinArbitrationWindow {
		bad("arbitration window %ds shorter than %ds", v.ArbitrationWindow, p.MinArbitrationWindow)
	}
	if p.Now > v.AcceptBy {
		bad("acceptance closed at %d (now %d)", v.AcceptBy, p.Now)
	}
	if v.FinalizeBy < p.Now+p.MinTrainTime {
		bad("finalizeBy %d leaves less than %ds to train from now (%d)", v.FinalizeBy, p.MinTrainTime, p.Now)
	}
	if err := checkEvidenceURI(p.EvidenceURI); err != nil {
		bad("%v", err)
	}
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("refusing the terms of the job: %w", errors.Join(errs...))
}

func checkEvidenceURI(s string) error {
	u, err := url.Parse(s)
	switch {
	case err != nil:
		return fmt.Errorf("evidence URI %q: %w", s, err)
	case u.Scheme != "http" && u.Scheme != "https":
		return fmt.Errorf("evidence URI %q: scheme must be http or https", s)
	case u.Host == "":
		return fmt.Errorf("evidence URI %q has no host", s)
	case len(s) > 512:
		return fmt.Errorf("evidence URI is %d bytes, the registry takes at most 512", len(s))
	case strings.ContainsAny(u.Host, " \t"):
		return fmt.Errorf("evidence URI %q: bad host", s)
	}
	return nil
}

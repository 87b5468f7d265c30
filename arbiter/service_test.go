package arbiter

import "testing"

func TestDialEvidence(t *testing.T) {
	for _, uri := range []string{"http://127.0.0.1:8080", "https://provider.example/ovig"} {
		if c, err := DialEvidence(uri); err != nil || c == nil {
			t.Errorf("%s: %v %v", uri, c, err)
		}
	}
	for _, bad := range []string{"", "ftp://h/", "not a url"} {
		if _, err := DialEvidence(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

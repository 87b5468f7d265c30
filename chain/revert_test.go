package chain

import (
	"math/big"
	"testing"
)

func TestErrorEncodeDecode(t *testing.T) {
	d := RegistryErrors()
	data, err := d.Encode("IntervalDecided", uint64(3), OutcomeFraud)
	if err != nil {
		t.Fatal(err)
	}
	re := d.Decode(data)
	if re.Name != "IntervalDecided" || re.Arg(0).(uint64) != 3 || re.Arg(1).(uint8) != OutcomeFraud {
		t.Fatalf("decoded %v", re)
	}
	if data, err = d.Encode("WrongValue", big.NewInt(5), big.NewInt(4)); err != nil {
		t.Fatal(err)
	}
	if re := d.Decode(data); re.Name != "WrongValue" || re.Arg(1).(*big.Int).Int64() != 4 {
		t.Fatalf("decoded %v", re)
	}
	if _, err := d.Encode("NoSuchError"); err == nil {
		t.Error("encoded an unknown error")
	}
	if _, err := d.Encode("IntervalDecided", "three"); err == nil {
		t.Error("encoded arguments of the wrong type")
	}
}

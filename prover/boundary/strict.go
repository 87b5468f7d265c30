package boundary

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
)

// jsonNode is the shape of a JSON value: its kind and, for objects and
// arrays, its children. Comparing the shape of the input with the shape of
// the struct re-encoded finds missing, unknown and null fields by name, which
// encoding/json alone does not (it also matches keys case-insensitively).
type jsonNode struct {
	kind  string // "object", "array", "string", "number", "bool", "null"
	keys  map[string]*jsonNode
	elems []*jsonNode
}

// strictUnmarshal decodes data into v, a pointer to a struct whose every
// field is required.
func strictUnmarshal(data []byte, v any) error {
	in, err := parseShape(data)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(v); err != nil {
		return err
	}
	out, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("re-encode: %w", err)
	}
	want, err := parseShape(out)
	if err != nil {
		return fmt.Errorf("re-encode: %w", err)
	}
	return sameShape(in, want, "")
}

func parseShape(data []byte) (*jsonNode, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	n, err := parseNode(dec, "")
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("trailing data after JSON value")
	}
	return n, nil
}

func parseNode(dec *json.Decoder, path string) (*jsonNode, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", describe(path), err)
	}
	switch t := tok.(type) {
	case json.Delim:
		if t == '[' {
			n := &jsonNode{kind: "array"}
			for dec.More() {
				e, err := parseNode(dec, fmt.Sprintf("%s[%d]", path, len(n.elems)))
				if err != nil {
					return nil, err
				}
				n.elems = append(n.elems, e)
			}
			_, err := dec.Token()
			return n, err
		}
		n := &jsonNode{kind: "object", keys: map[string]*jsonNode{}}
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return nil, fmt.Errorf("%s: %w", describe(path), err)
			}
			k := kt.(string) // the decoder only yields string keys inside objects
			sub := joinPath(path, k)
			if _, dup := n.keys[k]; dup {
				return nil, fmt.Errorf("field %q: duplicated", sub)
			}
			if n.keys[k], err = parseNode(dec, sub); err != nil {
				return nil, err
			}
		}
		_, err := dec.Token()
		return n, err
	case string:
		return &jsonNode{kind: "string"}, nil
	case json.Number:
		return &jsonNode{kind: "number"}, nil
	case bool:
		return &jsonNode{kind: "bool"}, nil
	default:
		return &jsonNode{kind: "null"}, nil
	}
}

func sameShape(in, want *jsonNode, path string) error {
	if in.kind != want.kind {
		return fmt.Errorf("%s: got %s, want %s", describe(path), in.kind, want.kind)
	}
	switch in.kind {
	case "object":
		for _, k := range sortedKeys(want.keys) {
			if _, ok := in.keys[k]; !ok {
				return fmt.Errorf("field %q: missing", joinPath(path, k))
			}
		}
		for _, k := range sortedKeys(in.keys) {
			w, ok := want.keys[k]
			if !ok {
				return fmt.Errorf("field %q: unknown", joinPath(path, k))
			}
			if err := sameShape(in.keys[k], w, joinPath(path, k)); err != nil {
				return err
			}
		}
	case "array":
		if len(in.elems) != len(want.elems) {
			return fmt.Errorf("%s: %d elements decoded as %d", describe(path), len(in.elems), len(want.elems))
		}
		for i := range in.elems {
			if err := sameShape(in.elems[i], want.elems[i], fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	}
	return nil
}

func sortedKeys(m map[string]*jsonNode) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func describe(path string) string {
	if path == "" {
		return "top level"
	}
	return fmt.Sprintf("field %q", path)
}

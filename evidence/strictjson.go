package evidence

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
)

// strictUnmarshal decodes data into v (a pointer to a struct) and rejects, naming the field:
// unknown fields (exact-case, unlike encoding/json), duplicate keys, missing fields (every
// field without omitempty is required), wrong types and trailing data. Errors wrap
// ErrMalformed.
func strictUnmarshal(data []byte, v any) error {
	t := reflect.TypeOf(v)
	if t.Kind() != reflect.Pointer {
		return fmt.Errorf("strict decode into %T: not a pointer", v)
	}
	if err := checkJSONShape(data, t.Elem(), ""); err != nil {
		return fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			return fmt.Errorf("%w: field %q: %w", ErrMalformed, te.Field, err)
		}
		return fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if dec.More() {
		return fmt.Errorf("%w: trailing data after JSON value", ErrMalformed)
	}
	if _, err := dec.Token(); err == nil {
		return fmt.Errorf("%w: trailing data after JSON value", ErrMalformed)
	}
	return nil
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func checkJSONShape(data []byte, t reflect.Type, path string) error {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(reflect.TypeFor[encoding.TextUnmarshaler]()) {
		return nil
	}
	switch t.Kind() {
	case reflect.Struct:
		keys, fields, err := objectFields(data, path)
		if err != nil {
			return err
		}
		byName := map[string]reflect.StructField{}
		var required []string
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			if name == "" {
				name = f.Name
			}
			byName[name] = f
			if !strings.Contains(","+opts+",", ",omitempty,") {
				required = append(required, name)
			}
		}
		for _, k := range keys {
			f, ok := byName[k]
			if !ok {
				return fmt.Errorf("unknown field %q", joinPath(path, k))
			}
			if err := checkJSONShape(fields[k], f.Type, joinPath(path, k)); err != nil {
				return err
			}
		}
		for _, r := range required {
			if _, ok := fields[r]; !ok {
				return fmt.Errorf("missing field %q", joinPath(path, r))
			}
		}
	case reflect.Map:
		if isNull(data) {
			return nil
		}
		keys, fields, err := objectFields(data, path)
		if err != nil {
			return err
		}
		for _, k := range keys {
			if err := checkJSONShape(fields[k], t.Elem(), joinPath(path, k)); err != nil {
				return err
			}
		}
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 || isNull(data) {
			return nil
		}
		elems, err := arrayElems(data, path)
		if err != nil {
			return err
		}
		for i, e := range elems {
			if err := checkJSONShape(e, t.Elem(), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	}
	return nil
}

func isNull(data []byte) bool { return string(bytes.TrimSpace(data)) == "null" }

func describe(path string) string {
	if path == "" {
		return "document"
	}
	return fmt.Sprintf("field %q", path)
}

// objectFields lists the keys of a JSON object in order, rejecting duplicates.
func objectFields(data []byte, path string) ([]string, map[string]json.RawMessage, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", describe(path), err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, nil, fmt.Errorf("%s: want a JSON object", describe(path))
	}
	var keys []string
	fields := map[string]json.RawMessage{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", describe(path), err)
		}
		k, ok := tok.(string)
		if !ok {
			return nil, nil, fmt.Errorf("%s: object key is not a string", describe(path))
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", describe(joinPath(path, k)), err)
		}
		if _, dup := fields[k]; dup {
			return nil, nil, fmt.Errorf("duplicate field %q", joinPath(path, k))
		}
		keys = append(keys, k)
		fields[k] = raw
	}
	if _, err := dec.Token(); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", describe(path), err)
	}
	return keys, fields, nil
}

func arrayElems(data []byte, path string) ([]json.RawMessage, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", describe(path), err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return nil, fmt.Errorf("%s: want a JSON array", describe(path))
	}
	var out []json.RawMessage
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, fmt.Errorf("%s: %w", describe(fmt.Sprintf("%s[%d]", path, len(out))), err)
		}
		out = append(out, raw)
	}
	if _, err := dec.Token(); err != nil {
		return nil, fmt.Errorf("%s: %w", describe(path), err)
	}
	return out, nil
}

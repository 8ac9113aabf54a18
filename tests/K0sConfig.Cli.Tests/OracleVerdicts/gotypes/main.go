// Dumps, for every JSON path of k0s's ClusterConfig, the Go type encoding/json names in a type error
// ("of type T") and the struct it names ("Go struct field S.path"), whether the type decodes itself, and whether a JSON
// null sets the field to nil.
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"github.com/k0sproject/k0s/pkg/apis/k0s/v1beta1"
)

var unmarshaler = reflect.TypeOf((*json.Unmarshaler)(nil)).Elem()

func deref(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

func selfDecoding(t reflect.Type) bool {
	return reflect.PointerTo(deref(t)).Implements(unmarshaler) || deref(t).Implements(unmarshaler)
}

// nullable: what encoding/json sets to nil on a JSON null (a pointer, map, slice or interface); on anything else a null
// does nothing, and the field keeps the value an earlier key gave it.
func nullable(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Interface:
		return true
	}
	return false
}

func walk(path string, t reflect.Type, structName string, seen map[reflect.Type]int) {
	nl := ""
	if nullable(t) {
		nl = "nil"
	}
	t = deref(t)
	sd := ""
	if selfDecoding(t) {
		sd = "self"
	}
	fmt.Printf("%s\t%s\t%s\t%s\t%s\n", path, structName, t.String(), sd, nl)
	if seen[t] > 1 {
		return
	}
	seen[t]++
	defer func() { seen[t]-- }()
	switch t.Kind() {
	case reflect.Struct:
		fields(path, t, seen)
	case reflect.Map:
		walk(path+".*", t.Elem(), structName, seen)
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() != reflect.Uint8 {
			walk(path+"[]", t.Elem(), structName, seen)
		}
	}
}

func fields(path string, t reflect.Type, seen map[reflect.Type]int) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		name := strings.Split(tag, ",")[0]
		if tag == "-" || !f.IsExported() {
			continue
		}
		if f.Anonymous && (name == "" ) {
			ft := deref(f.Type)
			if ft.Kind() == reflect.Struct {
				fields(path, ft, seen)
				continue
			}
		}
		if name == "" {
			name = f.Name
		}
		p := name
		if path != "" {
			p = path + "." + name
		}
		walk(p, f.Type, t.Name(), seen)
	}
}

func main() {
	fields("", reflect.TypeOf(v1beta1.ClusterConfig{}), map[reflect.Type]int{})
}

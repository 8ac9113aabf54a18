// Dumps, for every JSON path of k0s's ClusterConfig, the Go type encoding/json names in a type error
// ("of type T") and the struct it names ("Go struct field S.path"), and whether the type decodes itself.
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

func walk(path string, t reflect.Type, structName string, seen map[reflect.Type]int) {
	t = deref(t)
	sd := ""
	if selfDecoding(t) {
		sd = "\tself"
	}
	fmt.Printf("%s\t%s\t%s%s\n", path, structName, t.String(), sd)
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

namespace K0sConfig.Rules
{
    /// <summary>K0S802: a YAML value of a type the field cannot hold.</summary>
    internal sealed class K0S802WrongType : Rule
    {
        private const string NumberPrefix = "the number ";
        private const string BooleanPrefix = "the boolean ";
        private const string InRange = "Write a whole number in that range.";

        public K0S802WrongType()
            : base(new RuleDescriptor(
                RuleIds.WrongType,
                "Value has the wrong type",
                "{0} is {1}, but the field takes {2}, so {3}. {4}",
                FindingSeverity.Error,
                RuleCategories.Yaml,
                "k0s decodes the ClusterConfig into typed fields and never converts one type into another: text where a number or true/false belongs, a number or true/false where text belongs (extraArgs values, versions, modes), a list where a mapping belongs, or a mapping where a single value belongs makes k0s reject the file."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            foreach (DocumentProblem problem in context.Facts.DocumentProblems)
            {
                if (problem.Kind != DocumentProblemKind.WrongType)
                {
                    continue;
                }

                (string takes, string fix) = Describe(problem.Detail, problem.Text);
                if (problem.IgnoredByK0s)
                {
                    // An earlier key k0s ignores hides the error: k0s accepts the file and leaves the field at its default.
                    context.Report(this, FindingSeverity.Warning, problem.Path, problem.Origin, new object?[] { problem.Path, problem.Text, takes, "k0s drops the value without a word (" + problem.K0sError + ")", fix });
                    continue;
                }

                string consequence = problem.K0sError.Length != 0
                    ? "k0s rejects the configuration (\"" + problem.K0sError + "\")"
                    : "k0s rejects the configuration";
                context.Report(this, problem.Path, problem.Origin, problem.Path, problem.Text, takes, consequence, fix);
            }
        }

        /// <summary>
        /// The fix for a value an integer field cannot take, worded from the value: a whole number in quotes loses them;
        /// a fraction is not rounded by k0s.
        /// </summary>
        private static string? WholeNumberFor(string value)
        {
            const string Quoted = "the quoted text '";
            if (value.StartsWith(Quoted, System.StringComparison.Ordinal) && value.EndsWith("'", System.StringComparison.Ordinal))
            {
                string text = value.Substring(Quoted.Length, value.Length - Quoted.Length - 1).Trim();
                return long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out long number)
                    ? "Write " + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + " without quotes."
                    : null;
            }

            if (value.StartsWith(NumberPrefix, System.StringComparison.Ordinal)
                && double.TryParse(value.Substring(NumberPrefix.Length).Replace("_", string.Empty), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double d)
                && System.Math.Abs(d) >= 1 && System.Math.Abs(d) < 1e15 && System.Math.Floor(d) != d)
            {
                return "Write a whole number, such as " + System.Math.Truncate(d).ToString(System.Globalization.CultureInfo.InvariantCulture) + ": k0s does not round.";
            }

            return null;
        }

        private static (string Takes, string Fix) Describe(string type, string value)
        {
            if (type == "string" && (value.StartsWith(NumberPrefix, System.StringComparison.Ordinal) || value.StartsWith(BooleanPrefix, System.StringComparison.Ordinal)))
            {
                string written = value.Substring(value.StartsWith(NumberPrefix, System.StringComparison.Ordinal) ? NumberPrefix.Length : BooleanPrefix.Length);
                return ("text", "Quote it, \"" + written + "\", so that YAML reads it as text.");
            }

            if (type == "integer" && WholeNumberFor(value) is string fix)
            {
                return ("a whole number", fix);
            }

            return type switch
            {
                "integer" => ("a whole number", "Write a whole number without quotes, such as 6443."),
                "merge" => ("a mapping, or a list of mappings, to merge in", "Merge a mapping (<<: *anchor, with the anchor on a mapping), or remove the key."),
                "finite" => ("a value JSON can hold (JSON has no infinity or NaN)", "Quote it, \"" + value.Substring(value.StartsWith(NumberPrefix, System.StringComparison.Ordinal) ? NumberPrefix.Length : 0) + "\", if it is text; else write a finite number."),

                // A whole number beyond the field's Go integer type.
                "int32" => ("a whole number from -2147483648 to 2147483647", InRange),
                "uint32" => ("a whole number from 0 to 4294967295", InRange),
                "int" or "int64" or "time.Duration" => ("a whole number from -9223372036854775808 to 9223372036854775807", InRange),
                "boolean" => ("true or false", "Write true or false without quotes."),
                "string" => ("a single value", "Write one value on the key's line, quoted if it holds ': ' or starts with '{', '[', '*' or '&'."),
                "intorstring" => ("a number or a single value", "Write one value, such as 6443 or \"50%\"."),
                "duration" => ("a Go duration", "Write a number with a unit (ns, us, ms, s, m, h), such as 30s, 1m30s or 500ms; for zero, 0s."),
                "number" => ("a number", "Write a number without quotes."),
                "array" => ("a list", "Write a list, one '- item' a line."),
                "map" => ("a mapping of names to values", "Write 'name: value' entries, one a line, indented below the key."),
                "key" => ("keys that read as text, a boolean or a whole number of 64 bits", "Quote the key, so that YAML reads it as text."),
                _ => ("a mapping of fields", "Write its fields as 'field: value', one a line, indented below the key."),
            };
        }
    }
}

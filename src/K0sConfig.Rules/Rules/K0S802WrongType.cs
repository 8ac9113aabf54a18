namespace K0sConfig.Rules
{
    /// <summary>K0S802: a YAML value of a type the field cannot hold.</summary>
    internal sealed class K0S802WrongType : Rule
    {
        public K0S802WrongType()
            : base(new RuleDescriptor(
                RuleIds.WrongType,
                "Value has the wrong type",
                "{0} is {1}, but the field takes {2}, so k0s rejects the configuration. {3}",
                FindingSeverity.Error,
                RuleCategories.Yaml,
                "k0s decodes the ClusterConfig into typed fields: text where a number or true/false belongs, a list where a mapping belongs, or a mapping where a single value belongs makes k0s reject the file. Numbers and true/false where text belongs are read as text."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            foreach (DocumentProblem problem in context.Facts.DocumentProblems)
            {
                if (problem.Kind == DocumentProblemKind.WrongType)
                {
                    (string takes, string fix) = Describe(problem.Detail);
                    context.Report(this, problem.Path, problem.Origin, problem.Path, problem.Text, takes, fix);
                }
            }
        }

        private static (string Takes, string Fix) Describe(string type) => type switch
        {
            "integer" => ("a whole number", "Write a whole number without quotes, such as 6443."),
            "boolean" => ("true or false", "Write true or false without quotes."),
            "string" => ("a single value", "Write one value on the key's line, quoted if it holds ': ' or starts with '{', '[', '*' or '&'."),
            "intorstring" => ("a number or a single value", "Write one value, such as 6443 or \"50%\"."),
            "duration" => ("a Go duration", "Write a number with a unit (ns, us, ms, s, m, h), such as 30s, 1m30s or 500ms; for zero, 0s."),
            "number" => ("a number", "Write a number without quotes."),
            "array" => ("a list", "Write a list, one '- item' a line."),
            "map" => ("a mapping of names to values", "Write 'name: value' entries, one a line, indented below the key."),
            _ => ("a mapping of fields", "Write its fields as 'field: value', one a line, indented below the key."),
        };
    }
}

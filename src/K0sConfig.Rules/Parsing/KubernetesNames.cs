using System.Collections.Generic;

namespace K0sConfig.Rules.Parsing
{
    /// <summary>The name checks Kubernetes and Helm apply, with their exact error texts (byte lengths, ASCII-only grammars, as Go's regexp reads them).</summary>
    internal static class KubernetesNames
    {
        /// <summary>Helm's <c>chartutil.ValidateReleaseName</c> error for a name that does not match or is longer than 53.</summary>
        public const string InvalidReleaseName = "invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53";

        /// <summary>k8s.io/apimachinery's message for a name that is not a DNS-1123 label.</summary>
        public const string Dns1123LabelMessage = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

        /// <summary>Helm's <c>ValidateReleaseName</c> on a non-empty name: at most 53 bytes of dot-separated DNS-1123 labels.</summary>
        public static bool IsReleaseName(string name)
            => System.Text.Encoding.UTF8.GetByteCount(name) <= 53 && IsSubdomainShape(name);

        /// <summary>
        /// k8s.io/apimachinery's <c>validation.IsDNS1123Label</c>: the problems, as it words them (none for a valid label).
        /// </summary>
        public static IReadOnlyList<string> Dns1123LabelProblems(string value)
        {
            var problems = new List<string>();
            if (System.Text.Encoding.UTF8.GetByteCount(value) > 63)
            {
                problems.Add("must be no more than 63 characters");
            }

            if (!IsLabel(value, 0, value.Length))
            {
                problems.Add(IsSubdomainShape(value) ? "must not contain dots" : Dns1123LabelMessage);
            }

            return problems;
        }

        /// <summary><c>[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*</c>, the whole text.</summary>
        private static bool IsSubdomainShape(string value)
        {
            int start = 0;
            while (true)
            {
                int dot = value.IndexOf('.', start);
                int end = dot < 0 ? value.Length : dot;
                if (!IsLabel(value, start, end))
                {
                    return false;
                }

                if (dot < 0)
                {
                    return true;
                }

                start = dot + 1;
            }
        }

        /// <summary><c>[a-z0-9]([-a-z0-9]*[a-z0-9])?</c> on value[start..end).</summary>
        private static bool IsLabel(string value, int start, int end)
        {
            if (end <= start || value[start] == '-' || value[end - 1] == '-')
            {
                return false;
            }

            for (int i = start; i < end; i++)
            {
                char c = value[i];
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

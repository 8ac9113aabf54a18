using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using K0sConfig.Rules;

namespace K0sConfig.Cli
{
    /// <summary>
    /// k0sctl's resolve step (<c>Cluster.Resolve</c>, then <c>UploadFile.ResolveRelativeTo</c> for every host's file): before
    /// it validates anything, k0sctl looks for each local upload source on the machine it runs on, relative to the folder
    /// of the k0sctl.yaml, and refuses the file when a source is missing, a glob or folder holds no file, or a glob or folder
    /// with several files has a single-file <c>dst</c>. Only the command line does this: the rules, the analyzers and the
    /// in-build check read no disk. What it finds joins the document's <see cref="K0sctlFacts.Problems"/> (rule K0S940).
    /// </summary>
    internal static class UploadSources
    {
        /// <summary>Files looked at under one glob's or folder's base before the answer is left unknown.</summary>
        internal const int MaxEntries = 100_000;

        /// <summary>Adds k0sctl's resolve errors for <paramref name="k0sctl"/>'s upload sources, resolved against <paramref name="baseDir"/>.</summary>
        public static void Resolve(K0sctlFacts k0sctl, string baseDir)
        {
            if (!(k0sctl.Hosts is { IsKnown: true, Value: { } hosts }))
            {
                return;
            }

            var problems = new List<K0sctlProblem>(k0sctl.Problems);
            for (int h = 0; h < hosts.Count; h++)
            {
                if (!(hosts[h].Files is { IsKnown: true, Value: { } files }))
                {
                    continue;
                }

                for (int f = 0; f < files.Count; f++)
                {
                    string path = "spec.hosts[" + h.ToString(CultureInfo.InvariantCulture) + "].files[" + f.ToString(CultureInfo.InvariantCulture) + "].src";
                    if (Problem(files[f], path, baseDir) is { } problem)
                    {
                        problems.Add(problem);
                    }
                }
            }

            k0sctl.Problems = problems;
        }

        /// <summary>The folder k0sctl resolves relative sources against: the config file's, or the working folder for standard input.</summary>
        public static string BaseDirOf(string file)
            => file == "-" ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(file)) ?? Directory.GetCurrentDirectory();

        private static K0sctlProblem? Problem(K0sctlFileFacts file, string path, string baseDir)
        {
            // A URL is downloaded on the host, inline data needs no source, and an empty source is rule K0S948's.
            if (!file.Source.IsKnown || file.Data.IsUnknown || file.Name.IsUnknown || file.Destination.IsUnknown)
            {
                return null;
            }

            string source = file.Source.Value;
            if (source.Length == 0 || source.Contains("://") || file.Data.IsKnown && file.Data.Value.Trim().Length != 0)
            {
                return null;
            }

            string shown = file.Name.IsKnown && file.Name.Value.Length != 0 ? file.Name.Value : source;
            string destination = file.Destination.IsKnown ? file.Destination.Value : string.Empty;

            // Go's path package: only a leading slash makes a path absolute.
            string slashed = ToSlash(source);
            string resolved = Clean(slashed.StartsWith("/", StringComparison.Ordinal) ? slashed : ToSlash(baseDir) + "/" + slashed);
            object? origin = file.Source.Origin;
            int found;
            if (source.IndexOfAny(GlobCharacters) >= 0)
            {
                (string globBase, string pattern) = SplitPattern(resolved);
                int? matched = Glob(globBase, pattern);
                if (matched == null)
                {
                    return null;
                }

                if (matched == Malformed)
                {
                    return new K0sctlProblem(
                        path,
                        path + " '" + source + "' is not a glob k0sctl can read (its last part, '" + pattern + "', has an unclosed [ or {, an empty [], a } that closes nothing or a trailing backslash)",
                        "failed to resolve upload file paths: syntax error in pattern",
                        "Close the bracket or brace, or write a backslash before a bracket or brace that is part of the name.",
                        origin);
                }

                found = matched.Value;
            }
            else if (File.Exists(resolved))
            {
                return null;
            }
            else if (Directory.Exists(resolved))
            {
                // k0sctl uploads what the glob <folder>/**/* finds: its files, at any depth.
                int? files = Glob(resolved, "**/*");
                if (files == null)
                {
                    return null;
                }

                found = files.Value;
            }
            else
            {
                return new K0sctlProblem(
                    path,
                    path + " '" + source + "' does not exist on this machine (k0sctl looks for it at " + resolved + ")",
                    "failed to resolve upload file paths: failed to stat local path for " + shown + ": stat " + resolved + ": " + StatError(resolved),
                    "Write the path of a file or folder that exists, relative to the k0sctl.yaml's folder or absolute, or a URL.",
                    origin);
            }

            if (found == 0)
            {
                return new K0sctlProblem(
                    path,
                    path + " '" + source + "' matches no file on this machine (k0sctl looks in " + resolved + ")",
                    "failed to resolve upload file paths: no files found for " + shown,
                    "Write a glob or folder that holds at least one file, relative to the k0sctl.yaml's folder or absolute.",
                    origin);
            }

            if (found > 1 && destination.Length != 0)
            {
                return new K0sctlProblem(
                    path,
                    path + " '" + source + "' matches " + found.ToString(CultureInfo.InvariantCulture) + " files, but dst '" + destination + "' names one file",
                    "failed to resolve upload file paths: found multiple files for " + shown + " but single file dst " + destination + " defined",
                    "Write dstDir (the folder the files go to) instead of dst, or a src that matches one file.",
                    origin);
            }

            return null;
        }

        /// <summary>What <see cref="Glob"/> answers for a pattern doublestar refuses.</summary>
        internal const int Malformed = -1;

        /// <summary>What k0sctl's <c>isGlob</c> takes for a glob.</summary>
        private static readonly char[] GlobCharacters = { '*', '%', '?', '[', ']', '{', '}' };

        /// <summary>Go's <c>filepath.ToSlash</c>: backslashes become slashes only where they separate folders.</summary>
        private static string ToSlash(string path) => Path.DirectorySeparatorChar == '/' ? path : path.Replace(Path.DirectorySeparatorChar, '/');

        /// <summary>Go's <c>path.Clean</c> on a slash-separated path: no empty, <c>.</c> or resolvable <c>..</c> elements.</summary>
        internal static string Clean(string path)
        {
            bool rooted = path.StartsWith("/", StringComparison.Ordinal);
            var parts = new List<string>();
            foreach (string part in path.Split('/'))
            {
                if (part.Length == 0 || part == ".")
                {
                    continue;
                }

                if (part == ".." && parts.Count != 0 && parts[parts.Count - 1] != "..")
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                else if (!(part == ".." && rooted))
                {
                    parts.Add(part);
                }
            }

            string joined = string.Join("/", parts);
            return rooted ? "/" + joined : joined.Length == 0 ? "." : joined;
        }

        /// <summary>
        /// doublestar's <c>SplitPattern</c>: the part before the last slash that comes before any of <c>*?[{</c> (a backslash
        /// escapes the next character), unescaped, and the rest.
        /// </summary>
        internal static (string Base, string Pattern) SplitPattern(string p)
        {
            int split = -1;
            for (int i = 0; i < p.Length; i++)
            {
                char c = p[i];
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '/')
                {
                    split = i;
                }
                else if (c == '*' || c == '?' || c == '[' || c == '{')
                {
                    break;
                }
            }

            return split == 0 ? ("/", p.Substring(1)) : split > 0 ? (UnescapeMeta(p.Substring(0, split)), p.Substring(split + 1)) : (".", p);
        }

        /// <summary>doublestar's <c>unescapeMeta</c>: <c>\*</c>, <c>\?</c>, <c>\[</c>, <c>\]</c>, <c>\{</c> and <c>\}</c> become the character.</summary>
        private static string UnescapeMeta(string path)
        {
            var sb = new StringBuilder(path.Length);
            for (int i = 0; i < path.Length; i++)
            {
                if (path[i] == '\\' && i + 1 < path.Length && "*?[]{}".IndexOf(path[i + 1]) >= 0)
                {
                    i++;
                }

                sb.Append(path[i]);
            }

            return sb.ToString();
        }

        /// <summary>
        /// How many files (not folders) under <paramref name="globBase"/> the doublestar <paramref name="pattern"/> matches:
        /// <see cref="Malformed"/> for a pattern doublestar refuses, <see langword="null"/> when that is not known here (the
        /// folder holds more than <see cref="MaxEntries"/> entries, or cannot be read).
        /// </summary>
        internal static int? Glob(string globBase, string pattern)
        {
            if (!(ToRegex(pattern) is { } expression))
            {
                return Malformed;
            }

            if (!Directory.Exists(globBase))
            {
                // doublestar ignores a folder it cannot read: nothing matches.
                return 0;
            }

            var regex = new Regex("^" + expression + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
            bool anyDepth = pattern.Contains("**") || pattern.IndexOf('{') >= 0;
            var options = new EnumerationOptions
            {
                RecurseSubdirectories = true,
                IgnoreInaccessible = true,
                AttributesToSkip = 0,
                MaxRecursionDepth = anyDepth ? int.MaxValue : pattern.Count(c => c == '/'),
            };
            int matched = 0;
            int seen = 0;
            try
            {
                foreach (string file in Directory.EnumerateFiles(globBase, "*", options))
                {
                    if (++seen > MaxEntries)
                    {
                        return null;
                    }

                    if (regex.IsMatch(Path.GetRelativePath(globBase, file).Replace(Path.DirectorySeparatorChar, '/')))
                    {
                        matched++;
                    }
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is RegexMatchTimeoutException)
            {
                return null;
            }

            return matched;
        }

        /// <summary>
        /// doublestar's pattern as a regular expression over a path relative to the glob's base: <c>*</c>, <c>?</c> and
        /// classes (<c>[a-z]</c>, <c>[!x]</c>, <c>[^x]</c>) never match a slash; <c>**</c> as a whole segment is any number
        /// of folders, none included (elsewhere it is a <c>*</c>); <c>{a,b}</c> is either; a backslash makes the next
        /// character plain. <see langword="null"/> for a pattern doublestar's ValidatePattern refuses: an unclosed class or
        /// alternative, an empty class, a <c>}</c> that closes nothing, a trailing backslash.
        /// </summary>
        internal static string? ToRegex(string pattern)
        {
            var sb = new StringBuilder();
            int alternatives = 0;
            for (int i = 0; i < pattern.Length; i++)
            {
                char c = pattern[i];
                switch (c)
                {
                    case '*':
                        bool segmentStart = i == 0 || pattern[i - 1] == '/';
                        if (i + 1 < pattern.Length && pattern[i + 1] == '*')
                        {
                            i++;
                            if (segmentStart && i + 1 == pattern.Length)
                            {
                                sb.Append(".*");
                                break;
                            }

                            if (segmentStart && pattern[i + 1] == '/')
                            {
                                i++;
                                sb.Append("(?:[^/]*/)*");
                                break;
                            }
                        }

                        sb.Append("[^/]*");
                        break;
                    case '?':
                        sb.Append("[^/]");
                        break;
                    case '\\':
                        if (++i == pattern.Length)
                        {
                            return null;
                        }

                        sb.Append(Regex.Escape(pattern[i].ToString()));
                        break;
                    case '[':
                        if (!(Class(pattern, ref i) is { } set))
                        {
                            return null;
                        }

                        sb.Append(set);
                        break;
                    case '{':
                        alternatives++;
                        sb.Append("(?:");
                        break;
                    case ',' when alternatives > 0:
                        sb.Append('|');
                        break;
                    case '}':
                        if (alternatives-- == 0)
                        {
                            return null;
                        }

                        sb.Append(')');
                        break;
                    default:
                        sb.Append(Regex.Escape(c.ToString()));
                        break;
                }
            }

            return alternatives == 0 ? sb.ToString() : null;
        }

        /// <summary>The class that starts at <paramref name="i"/> (its <c>[</c>), as a regular expression; <paramref name="i"/> ends on its <c>]</c>.</summary>
        private static string? Class(string pattern, ref int i)
        {
            int at = i + 1;
            bool negate = at < pattern.Length && (pattern[at] == '!' || pattern[at] == '^');
            if (negate)
            {
                at++;
            }

            var sb = new StringBuilder(negate ? "[^/" : "[");
            int first = at;
            for (; at < pattern.Length && pattern[at] != ']'; at++)
            {
                char c = pattern[at];
                if (c == '\\')
                {
                    if (++at == pattern.Length)
                    {
                        return null;
                    }

                    c = pattern[at];
                }

                sb.Append(c == '-' && at != first && at + 1 < pattern.Length && pattern[at + 1] != ']' ? "-" : Regex.Escape(c.ToString()).Replace("]", "\\]").Replace("-", "\\-"));
            }

            if (at == pattern.Length || at == first)
            {
                return null;
            }

            i = at;
            return sb.Append(']').ToString() + (negate ? string.Empty : "(?<!/)");
        }

        /// <summary>The text of Go's <c>os.Stat</c> error for a path that is not there.</summary>
        private static string StatError(string path)
        {
            // A file where a folder should be: ENOTDIR.
            for (string? parent = Path.GetDirectoryName(path); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
            {
                if (File.Exists(parent))
                {
                    return "not a directory";
                }

                if (Directory.Exists(parent))
                {
                    break;
                }
            }

            return "no such file or directory";
        }
    }
}

using System;

namespace K0sConfig.Rules
{
    /// <summary>What is wrong with how a ClusterConfig document is written, as a YAML front end finds it.</summary>
    public enum DocumentProblemKind : byte
    {
        /// <summary>A key that is not a field of the ClusterConfig at its place (rule K0S801).</summary>
        UnknownKey = 0,

        /// <summary>A value of a type the field cannot hold, such as text for a port (rule K0S802).</summary>
        WrongType = 1,

        /// <summary>A key written twice in one mapping (rule K0S803).</summary>
        DuplicateKey = 2,

        /// <summary>The file or document could not be read as a ClusterConfig at all (rule K0S804).</summary>
        Unreadable = 3,

        /// <summary>k0s crashes (a Go panic) while it reads the document (rule K0S805).</summary>
        K0sCrash = 4,

        /// <summary>
        /// The document does not say it is a k0s ClusterConfig (another <c>kind</c> or <c>apiVersion</c>, or nothing at all),
        /// which k0s does not check: it reads the document as one anyway (rule K0S806).
        /// </summary>
        NotClusterConfig = 5,

        /// <summary>
        /// A k0sctl file's <c>spec.k0s.version</c> that is not a k0s version (not ignored by k0s), or one that the version
        /// asked for overrides (ignored; its detail is the version checked instead) (rule K0S809).
        /// </summary>
        K0sVersionPin = 6,

        /// <summary>
        /// A field the builder wrote that not every supported k0s version has (its path is <see cref="DocumentProblem.Path"/>,
        /// the builder method <see cref="DocumentProblem.Text"/>); rule K0S808 reports it when the chosen version lacks it.
        /// </summary>
        VersionedField = 7,
    }

    /// <summary>
    /// One problem with how a ClusterConfig document is written (its keys and the types of its values), found by a
    /// front end that reads YAML. Builder front ends never have any: the builder can only write known fields.
    /// </summary>
    public sealed class DocumentProblem
    {
        /// <summary>Creates a problem.</summary>
        /// <param name="kind">What is wrong.</param>
        /// <param name="path">The path of the key or value, such as <c>spec.network.podCIDR</c> (empty for the whole file).</param>
        /// <param name="text">The key (unknown or duplicate key), the value as written (wrong type), or the reader's message (unreadable).</param>
        /// <param name="detail">
        /// For an unknown key: the known field it was probably meant to be, or empty. For a wrong type: the type the
        /// field takes, such as <c>integer</c>. For a duplicate key: where the first one is, such as <c>line 4</c>.
        /// For an unreadable file: where, such as <c>line 3, column 1</c>.
        /// </param>
        /// <param name="ignoredByK0s">
        /// k0s accepts the document anyway and drops the key or value: k0s decodes <c>spec.network</c>, <c>spec.api</c>,
        /// <c>spec.storage</c> and <c>spec.images</c> without rejecting unknown keys, a <c>podSecurityPolicy</c> key is
        /// ignored, and when its error is the first k0s's decoder meets, it hides every later unknown key and type error.
        /// </param>
        /// <param name="origin">Where it was written, in the front end's terms.</param>
        public DocumentProblem(DocumentProblemKind kind, string path, string text, string detail, bool ignoredByK0s, object? origin)
            : this(kind, path, text, detail, ignoredByK0s, origin, string.Empty)
        {
        }

        /// <summary>Creates a problem with the error k0s reports for it.</summary>
        /// <param name="kind">What is wrong.</param>
        /// <param name="path">The path of the key or value (empty for the whole file).</param>
        /// <param name="text">The key, the value as written, or the reader's message.</param>
        /// <param name="detail">See the other constructor.</param>
        /// <param name="ignoredByK0s">k0s accepts the document anyway (see the other constructor).</param>
        /// <param name="origin">Where it was written, in the front end's terms.</param>
        /// <param name="k0sError">
        /// k0s's own error text for it, such as <c>json: cannot unmarshal number into Go struct field ... of type string</c>,
        /// or empty when the front end cannot word it exactly.
        /// </param>
        public DocumentProblem(DocumentProblemKind kind, string path, string text, string detail, bool ignoredByK0s, object? origin, string k0sError)
        {
            K0sError = k0sError ?? throw new ArgumentNullException(nameof(k0sError));
            Kind = kind;
            Path = path ?? throw new ArgumentNullException(nameof(path));
            Text = text ?? throw new ArgumentNullException(nameof(text));
            Detail = detail ?? throw new ArgumentNullException(nameof(detail));
            IgnoredByK0s = ignoredByK0s;
            Origin = origin;
        }

        /// <summary>What is wrong.</summary>
        public DocumentProblemKind Kind { get; }

        /// <summary>The path of the key or value.</summary>
        public string Path { get; }

        /// <summary>
        /// The key, the value as written, or the reader's message; for a duplicate key, the key as k0s's reader names it
        /// (Go's <c>%#v</c>: text quoted, <c>"podCIDR"</c>; a boolean or number as it reads, <c>true</c>).
        /// </summary>
        public string Text { get; }

        /// <summary>The suggested key, the expected type, the first key's place, or the error's place (see the constructor).</summary>
        public string Detail { get; }

        /// <summary>k0s ignores the key instead of rejecting the document.</summary>
        public bool IgnoredByK0s { get; }

        /// <summary>Where it was written.</summary>
        public object? Origin { get; }

        /// <summary>k0s's own error text for the problem, or empty.</summary>
        public string K0sError { get; }

        /// <inheritdoc />
        public override string ToString() => Kind + " " + Path + ": " + Text;
    }
}

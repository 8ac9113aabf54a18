using System;
using System.Globalization;

namespace K0sConfig.Yaml
{
    /// <summary>
    /// Where a value was written in a YAML file: the <see cref="K0sConfig.Rules.Fact{T}.Origin"/> of every fact the YAML
    /// reader makes, and so the <see cref="Finding.Origin"/> of every finding about it.
    /// </summary>
    public sealed class YamlPosition : IEquatable<YamlPosition>
    {
        /// <summary>Creates a position.</summary>
        /// <param name="file">The file's name as the caller gave it (<c>-</c> for standard input).</param>
        /// <param name="line">The line, from 1.</param>
        /// <param name="column">The column, from 1, counted in UTF-16 code units.</param>
        /// <param name="offset">The offset of the first character in the text, from 0.</param>
        /// <param name="length">How many characters the node spans (0 when unknown).</param>
        public YamlPosition(string file, int line, int column, int offset, int length)
        {
            File = file ?? throw new ArgumentNullException(nameof(file));
            Line = line;
            Column = column;
            Offset = offset;
            Length = length;
        }

        /// <summary>The file's name as the caller gave it.</summary>
        public string File { get; }

        /// <summary>The line, from 1.</summary>
        public int Line { get; }

        /// <summary>The column, from 1.</summary>
        public int Column { get; }

        /// <summary>The offset of the first character in the text, from 0.</summary>
        public int Offset { get; }

        /// <summary>How many characters the node spans.</summary>
        public int Length { get; }

        /// <inheritdoc />
        public bool Equals(YamlPosition? other) => other != null && other.File == File && other.Offset == Offset && other.Length == Length && other.Line == Line && other.Column == Column;

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as YamlPosition);

        /// <inheritdoc />
        public override int GetHashCode() => (File.GetHashCode() * 397) ^ (Offset * 31) ^ Line;

        /// <summary>The compiler's form: <c>k0s.yaml(12,14)</c>.</summary>
        /// <returns>The position as text.</returns>
        public override string ToString() => File + "(" + Line.ToString(CultureInfo.InvariantCulture) + "," + Column.ToString(CultureInfo.InvariantCulture) + ")";
    }
}

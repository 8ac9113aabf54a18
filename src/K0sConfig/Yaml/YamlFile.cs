using System;
using System.IO;
using System.Text;

namespace K0sConfig
{
    /// <summary>Writes a YAML file whole or not at all: <c>k0s.yaml</c> and <c>k0sctl.yaml</c> alike.</summary>
    internal static class YamlFile
    {
        /// <summary>
        /// Writes <paramref name="text"/> (UTF-8, no byte order mark) to <paramref name="path"/> through a temporary file in
        /// the same directory, so the target is either the old file or the whole new one, never half of it.
        /// </summary>
        /// <param name="path">The file to write.</param>
        /// <param name="text">Its content.</param>
        /// <param name="name">The kind of file, for the message when <paramref name="path"/> is empty (<c>k0s.yaml</c>).</param>
        public static void Write(string path, string text, string name)
        {
            if (string.IsNullOrEmpty(path))
            {
                throw new ArgumentException("Pass the path of the " + name + " file to write.", nameof(path));
            }

            string full = Path.GetFullPath(path);
            string directory = Path.GetDirectoryName(full) ?? ".";
            string temporary = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
            try
            {
                File.WriteAllText(temporary, text, new UTF8Encoding(false));
                if (File.Exists(full))
                {
                    File.Replace(temporary, full, null);
                }
                else
                {
                    File.Move(temporary, full);
                }
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        }
    }
}

using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>
    /// The <c>extraArgs</c> entries the builder writes through a method of their own rather than <c>ExtraArg</c>
    /// (<c>NodeCidrMaskSizeIPv4(24)</c> writes <c>controllerManager.extraArgs.node-cidr-mask-size-ipv4: "24"</c>): the
    /// builder, the analyzer, the importer and the code fixes read the pairs from here.
    /// </summary>
    public static class TypedExtraArgs
    {
        /// <summary>Each entry: the extraArgs field, the flag, and the builder method that writes it (<c>TypeName.MethodName</c>).</summary>
        public static IReadOnlyList<(string Path, string Flag, string BuilderMethod)> All { get; } = new[]
        {
            (FieldPaths.ControllerManagerExtraArgs, NodeMasks.MaskFlag, "ControllerManagerBuilder.NodeCidrMaskSize"),
            (FieldPaths.ControllerManagerExtraArgs, NodeMasks.MaskIPv4Flag, "ControllerManagerBuilder.NodeCidrMaskSizeIPv4"),
            (FieldPaths.ControllerManagerExtraArgs, NodeMasks.MaskIPv6Flag, "ControllerManagerBuilder.NodeCidrMaskSizeIPv6"),
        };

        /// <summary>The flag the builder method <paramref name="method"/> (<c>NodeCidrMaskSize</c>, without its type) writes, or <see langword="null"/>.</summary>
        /// <param name="method">A builder method's name.</param>
        /// <returns>The flag.</returns>
        public static string? FlagOf(string method)
        {
            foreach ((string _, string flag, string builderMethod) in All)
            {
                if (builderMethod.EndsWith("." + method, System.StringComparison.Ordinal))
                {
                    return flag;
                }
            }

            return null;
        }

        /// <summary>The name (without its type) of the builder method that writes <paramref name="flag"/> in the extraArgs at <paramref name="path"/>, or <see langword="null"/>.</summary>
        /// <param name="path">The extraArgs field's path.</param>
        /// <param name="flag">The flag.</param>
        /// <returns>The method's name.</returns>
        public static string? MethodOf(string path, string flag)
        {
            foreach ((string entryPath, string entryFlag, string builderMethod) in All)
            {
                if (entryPath == path && entryFlag == flag)
                {
                    return builderMethod.Substring(builderMethod.IndexOf('.') + 1);
                }
            }

            return null;
        }
    }
}

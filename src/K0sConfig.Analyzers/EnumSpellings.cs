using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace K0sConfig.Analyzers
{
    /// <summary>
    /// k0s's spelling of a member of a K0sConfig enum: the member's <c>[EnumMember(Value = "...")]</c>, the one place
    /// the builder API writes it (the library, the importer, the analyzers and the code fixes all read it there).
    /// </summary>
    public static class EnumSpellings
    {
        /// <summary>The spelling of an enum member, or <see langword="null"/> when it has none.</summary>
        /// <param name="member">A member of an enum.</param>
        /// <returns>Such as <c>bird</c> for <c>CalicoMode.Bird</c>.</returns>
        public static string? Of(IFieldSymbol member)
        {
            foreach (AttributeData attribute in member.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "EnumMemberAttribute", ContainingNamespace: { Name: "Serialization", ContainingNamespace: { Name: "Runtime", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } })
                {
                    foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
                    {
                        if (argument.Key == "Value" && argument.Value.Value is string spelling)
                        {
                            return spelling;
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>The name of the member of <paramref name="enumType"/> that k0s spells <paramref name="spelling"/>.</summary>
        /// <param name="enumType">A K0sConfig enum.</param>
        /// <param name="spelling">k0s's spelling, such as <c>bird</c>.</param>
        /// <returns>Such as <c>Bird</c>, or <see langword="null"/>.</returns>
        public static string? MemberSpelled(INamedTypeSymbol enumType, string spelling)
        {
            foreach (ISymbol member in enumType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field && Of(field) == spelling)
                {
                    return field.Name;
                }
            }

            return null;
        }
    }
}

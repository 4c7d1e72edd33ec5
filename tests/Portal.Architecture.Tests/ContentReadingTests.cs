using Mono.Cecil;
using Mono.Cecil.Cil;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Core.Modules;

namespace Portal.Architecture.Tests;

/// <summary>
/// Modules read content only through the platform's visibility API (<see cref="IContentVisibility"/>),
/// which returns what the user may see, already redacted; the rules that write the read side get the
/// versions they need from the platform too. The readers table is the platform's own (internal, so
/// the compiler guards it).
/// </summary>
public sealed class ContentReadingTests
{
    private static readonly IReadOnlyList<ModuleDescriptor> Modules = ModuleCatalog.Discover()
        .Where(m => m.Id != typeof(ContentReadingTests).Assembly.GetName().Name)
        .ToList();

    public static TheoryData<string> ModuleIds() => [.. Modules.Select(m => m.Id)];

    [Theory]
    [MemberData(nameof(ModuleIds))]
    public void A_module_reads_content_versions_only_through_the_visibility_api(string moduleId)
    {
        var module = Modules.Single(m => m.Id == moduleId);

        var offenders = DirectContentReads(module.Assembly.Location);

        Assert.True(offenders.Count == 0, $"{moduleId} reads content versions around IContentVisibility in: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void The_check_catches_a_reader_that_queries_the_content_table()
    {
        var offenders = DirectContentReads(typeof(ContentReadingTests).Assembly.Location);

        Assert.Equal([$"{typeof(ReadsAroundVisibility).FullName}.{nameof(ReadsAroundVisibility.Titles)}"], offenders);
    }

    [Fact]
    public void The_readers_table_is_not_part_of_the_platforms_public_surface()
    {
        var readers = typeof(IContentVisibility).Assembly.GetTypes().Where(t => t.Name is "ContentReader" or "ContentRedaction");

        Assert.All(readers, t => Assert.False(t.IsPublic, $"{t.Name} must stay internal"));
    }

    private sealed class ReadsAroundVisibility(PortalDbContext db)
    {
        public List<string> Titles() => [.. db.ContentItems.Select(c => c.DisplayText)];
    }

    private static List<string> DirectContentReads(string assemblyPath)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);
        var offenders = new List<string>();
        foreach (var type in assembly.MainModule.GetTypes())
        {
            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                if (method.Body.Instructions.Any(ReadsContentTable))
                {
                    offenders.Add($"{OuterType(type).FullName.Replace('/', '+')}.{MethodName(method)}");
                }
            }
        }

        return [.. offenders.Distinct().Order(StringComparer.Ordinal)];
    }

    private static bool ReadsContentTable(Instruction instruction) =>
        instruction.Operand is MethodReference called
        && ((called.Name == "get_ContentItems" && called.DeclaringType.FullName == typeof(PortalDbContext).FullName)
            || (called is GenericInstanceMethod { Name: "Set" } set && set.GenericArguments.Any(a => a.FullName == typeof(ContentItem).FullName)));

    /// <summary>Async methods and lambdas compile to nested types; name the type the code was written in.</summary>
    private static TypeDefinition OuterType(TypeDefinition type)
    {
        while (type.DeclaringType is not null && type.Name.Contains('<', StringComparison.Ordinal))
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private static string MethodName(MethodDefinition method)
    {
        var name = method.DeclaringType.Name.Contains('<', StringComparison.Ordinal) ? method.DeclaringType.Name : method.Name;
        var start = name.IndexOf('<', StringComparison.Ordinal);
        var end = name.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? name[(start + 1)..end] : name;
    }
}

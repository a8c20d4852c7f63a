using System.Reflection;
using RigPlan.Core.Catalog;

namespace RigPlan.Core.Tests;

public class ArchitectureTests
{
    [Fact]
    public void Core_DependsOnTheBaseClassLibraryAlone()
    {
        var references = typeof(HardwareCatalog).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        var foreign = references.Where(n => !(n.StartsWith("System", StringComparison.Ordinal) || n is "netstandard" or "mscorlib")).ToList();
        Assert.Empty(foreign);
    }

    [Fact]
    public void Core_PublicTypes_AreDocumentedRecordsOrSealed()
    {
        var open = typeof(HardwareCatalog).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsSealed)
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(open);
    }
}

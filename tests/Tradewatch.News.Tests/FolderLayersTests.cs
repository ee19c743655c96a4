using Mono.Cecil;
using Mono.Cecil.Cil;
using Tradewatch.News.Pipeline;

namespace Tradewatch.News.Tests;

/// <summary>
/// The folders of Tradewatch.News are layers: Text at the bottom, Pipeline at the top. Two folders that
/// use each other can only be read, tested and changed together, so a cycle fails this test. The graph
/// is read from the compiled assembly, method bodies included, so a fully qualified name or a lambda
/// cannot hide a use.
/// </summary>
public sealed class FolderLayersTests
{
    private const string Root = "Tradewatch.News.";

    private static readonly Lazy<Dictionary<string, Dictionary<string, string>>> Graph = new(Read);

    [Fact]
    public void No_two_folders_depend_on_each_other_even_through_others()
    {
        var cycle = FindCycle(Graph.Value);
        Assert.True(cycle is null, cycle is null ? "" : "News folders form a cycle: " + Describe(cycle));
    }

    [Fact]
    public void The_graph_sees_uses_in_signatures_and_in_method_bodies()
    {
        // The pipeline calls the cleaner and the claim extractor in its bodies; the claims read the publication date.
        Assert.Contains("Cleaning", Graph.Value["Pipeline"].Keys);
        Assert.Contains("Claims", Graph.Value["Pipeline"].Keys);
        Assert.Contains("Dates", Graph.Value["Claims"].Keys);
        Assert.DoesNotContain("Pipeline", Graph.Value.Keys.Where(k => k != "Pipeline").SelectMany(k => Graph.Value[k].Keys));
    }

    [Fact]
    public void A_cycle_through_three_folders_is_found()
    {
        var graph = new Dictionary<string, Dictionary<string, string>>
        {
            ["A"] = new() { ["B"] = "A.X uses B.Y" },
            ["B"] = new() { ["C"] = "B.Y uses C.Z" },
            ["C"] = new() { ["A"] = "C.Z uses A.X" },
            ["D"] = new() { ["A"] = "D.W uses A.X" },
        };
        var cycle = FindCycle(graph);
        Assert.NotNull(cycle);
        Assert.Equal(4, cycle.Count);
        Assert.Equal(cycle[0], cycle[^1]);
        Assert.Null(FindCycle(new() { ["A"] = new() { ["B"] = "" }, ["B"] = [] }));
    }

    /// <summary>For each folder, the folders it uses, each with one example of the use.</summary>
    private static Dictionary<string, Dictionary<string, string>> Read()
    {
        using var module = ModuleDefinition.ReadModule(typeof(NewsPipeline).Assembly.Location);
        var graph = new Dictionary<string, Dictionary<string, string>>();
        foreach (var type in module.GetTypes())
        {
            if (Folder(type) is not { } from)
            {
                continue;
            }

            var uses = graph.TryGetValue(from, out var u) ? u : graph[from] = [];
            foreach (var used in Uses(type))
            {
                if (Folder(used) is { } to && to != from && used.Scope == module)
                {
                    uses.TryAdd(to, $"{type.FullName} uses {used.FullName}");
                }
            }
        }

        return graph;
    }

    /// <summary>The folder a type is declared in, from its outermost type's namespace; null outside News's folders.</summary>
    private static string? Folder(TypeReference type)
    {
        type = type.GetElementType();
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type.Namespace.StartsWith(Root, StringComparison.Ordinal)
            ? type.Namespace[Root.Length..].Split('.')[0]
            : null;
    }

    private static List<TypeReference> Uses(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? t)
        {
            if (t is null || t is GenericParameter)
            {
                return;
            }

            if (t is GenericInstanceType g)
            {
                g.GenericArguments.ToList().ForEach(Add);
            }

            if (t is TypeSpecification spec)
            {
                Add(spec.ElementType);
                return;
            }

            found.Add(t);
        }

        Add(type.BaseType);
        type.Interfaces.ToList().ForEach(i => Add(i.InterfaceType));
        type.Fields.ToList().ForEach(f => Add(f.FieldType));
        type.Properties.ToList().ForEach(p => Add(p.PropertyType));
        foreach (var method in type.Methods)
        {
            Add(method.ReturnType);
            method.Parameters.ToList().ForEach(p => Add(p.ParameterType));
            if (!method.HasBody)
            {
                continue;
            }

            method.Body.Variables.ToList().ForEach(v => Add(v.VariableType));
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t:
                        Add(t);
                        break;
                    case MethodReference m:
                        Add(m.DeclaringType);
                        Add(m.ReturnType);
                        if (m is GenericInstanceMethod gm)
                        {
                            gm.GenericArguments.ToList().ForEach(Add);
                        }

                        break;
                    case FieldReference f:
                        Add(f.DeclaringType);
                        Add(f.FieldType);
                        break;
                }
            }
        }

        return found;
    }

    /// <summary>A path that comes back to its start (first and last the same), or null when there is none.</summary>
    private static List<string>? FindCycle(Dictionary<string, Dictionary<string, string>> graph)
    {
        var done = new HashSet<string>();
        var path = new List<string>();
        List<string>? Visit(string node)
        {
            var at = path.IndexOf(node);
            if (at >= 0)
            {
                return [.. path[at..], node];
            }

            if (!done.Add(node))
            {
                return null;
            }

            path.Add(node);
            foreach (var next in graph.TryGetValue(node, out var edges) ? edges.Keys.Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }

        return graph.Keys.Order(StringComparer.Ordinal).Select(Visit).FirstOrDefault(c => c is not null);
    }

    private static string Describe(List<string> cycle) =>
        string.Join("; ", cycle.Zip(cycle.Skip(1), (a, b) => $"{a} -> {b} ({Graph.Value[a][b]})"));
}

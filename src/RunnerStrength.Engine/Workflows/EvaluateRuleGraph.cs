using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Engine.Workflows;

/// <summary>
/// Top-level rules linked by the EvaluateRule actions that run when they are evaluated. Cycles are found with an
/// iterative depth-first search, so a long chain of actions cannot exhaust the stack.
/// </summary>
internal sealed class EvaluateRuleGraph
{
    private readonly List<Node> _nodes = [];
    private readonly Dictionary<RuleDefinition, Node> _byRule = new(ReferenceEqualityComparer.Instance);

    public EvaluateRuleGraph(IEnumerable<WorkflowDefinition> workflows)
    {
        foreach (var workflow in workflows)
        {
            foreach (var rule in workflow.Rules)
            {
                var node = new Node(_nodes.Count, $"{workflow.Name}/{rule.Name}");
                _nodes.Add(node);
                _byRule.TryAdd(rule, node);
            }
        }
    }

    /// <summary>Records that evaluating <paramref name="from"/> runs <paramref name="action"/>, which evaluates <paramref name="to"/>.</summary>
    public void AddEdge(RuleDefinition from, RuleDefinition to, ActionDefinition action)
    {
        if (_byRule.TryGetValue(from, out var fromNode) && _byRule.TryGetValue(to, out var toNode))
        {
            fromNode.Edges.Add(new Edge(toNode, action));
        }
    }

    /// <summary>One RS4007 per cycle, at the action that leaves the cycle's first rule in file order.</summary>
    public IEnumerable<Diagnostic> FindCycles()
    {
        var state = new State[_nodes.Count];
        var nextEdge = new int[_nodes.Count];
        var path = new List<Node>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<Diagnostic>();
        foreach (var start in _nodes)
        {
            if (state[start.Index] != State.Unvisited)
            {
                continue;
            }

            Enter(start);
            while (path.Count > 0)
            {
                var node = path[^1];
                if (nextEdge[node.Index] == node.Edges.Count)
                {
                    state[node.Index] = State.Done;
                    path.RemoveAt(path.Count - 1);
                    continue;
                }

                var edge = node.Edges[nextEdge[node.Index]++];
                switch (state[edge.Target.Index])
                {
                    case State.Unvisited:
                        Enter(edge.Target);
                        break;
                    case State.OnPath:
                        var cycle = CycleEndingWith(edge);
                        if (reported.Add(string.Join(" -> ", cycle.Select(e => e.From.Name))))
                        {
                            result.Add(new Diagnostic(
                                DiagnosticCatalog.EvaluateRuleCycle,
                                cycle[0].Action.Location,
                                string.Join(" -> ", cycle.Select(e => e.From.Name).Append(cycle[0].From.Name))));
                        }

                        break;
                }
            }
        }

        return result;

        void Enter(Node node)
        {
            state[node.Index] = State.OnPath;
            path.Add(node);
        }

        // The edges of the cycle closed by `closing`, rotated to start at the cycle's earliest rule in file order.
        List<(Node From, ActionDefinition Action)> CycleEndingWith(Edge closing)
        {
            var first = path.IndexOf(closing.Target);
            var cycle = new List<(Node From, ActionDefinition Action)>();
            for (var i = first; i < path.Count - 1; i++)
            {
                cycle.Add((path[i], path[i].Edges[nextEdge[path[i].Index] - 1].Action));
            }

            cycle.Add((path[^1], closing.Action));
            var earliest = cycle.IndexOf(cycle.MinBy(e => e.From.Index));
            return [.. cycle.Skip(earliest), .. cycle.Take(earliest)];
        }
    }

    private enum State
    {
        Unvisited,
        OnPath,
        Done,
    }

    private sealed class Node(int index, string name)
    {
        public int Index { get; } = index;

        public string Name { get; } = name;

        public List<Edge> Edges { get; } = [];
    }

    private sealed record Edge(Node Target, ActionDefinition Action);
}

#Requires -Version 5.1
# Invoke-RosterSync: the quickstart against a local store; a second run does nothing; -WhatIf; a bad config.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $District = Join-Path (Join-Path (Join-Path $RepoRoot 'examples') 'data') 'oneroster-1.2'
    $Policy = Join-Path (Join-Path (Join-Path $RepoRoot 'examples') 'policies') 'district.policy.yaml'
    function New-SyncConfig([string] $Name) {
        $path = Join-Path $TestDrive "$Name.yaml"
        Set-Content -LiteralPath $path -Value @("source: $District", "policy: $Policy", "state: ./$Name-state", 'target:', '  kind: local')
        $path
    }
}

Describe 'Invoke-RosterSync' {
    It 'creates everyone on the first run and does nothing on the second' {
        $config = New-SyncConfig 'nightly'
        $first = Invoke-RosterSync -ConfigPath $config -Confirm:$false
        $first | Get-TypeName | Should -Be 'RosterTools.Sync.SyncSummary'
        $first.ExitCode | Should -Be 0
        $first.Provision.Done | Should -BeGreaterThan 600
        $second = Invoke-RosterSync -ConfigPath $config -Confirm:$false
        $second.ExitCode | Should -Be 0
        $second.Provision.Total | Should -Be 0
        $second.ChangesSinceSnapshot | Should -Be 0
    }

    It 'changes nothing with -WhatIf' {
        $config = New-SyncConfig 'whatif'
        $summary = Invoke-RosterSync -ConfigPath $config -WhatIf
        $summary.Snapshot | Should -BeNullOrEmpty
        Test-Path -LiteralPath (Join-Path $TestDrive 'whatif-state/audit') | Should -BeFalse
    }

    It 'could not run with a bad config, and says where' {
        $config = Join-Path $TestDrive 'bad.yaml'
        Set-Content -LiteralPath $config -Value @('source: x', 'policy: y', 'state: z', 'colour: blue')
        $summary = Invoke-RosterSync -ConfigPath $config -ErrorVariable problems -ErrorAction SilentlyContinue
        $summary.ExitCode | Should -Be 3
        $problems[0].FullyQualifiedErrorId | Should -Be 'RosterSyncCouldNotRun,RosterTools.Commands.InvokeRosterSyncCommand'
        $problems[0].Exception.Message | Should -Match 'bad.yaml:4:1:'
    }
}

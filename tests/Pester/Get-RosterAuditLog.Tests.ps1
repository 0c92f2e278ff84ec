#Requires -Version 5.1
# Get-RosterAuditLog: every outcome once, filters, no passwords.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $Plans = Join-Path $PSScriptRoot 'data'
    $State = Join-Path $TestDrive 'state'
    $null = Connect-RosterTarget -Local -StatePath $State
    $null = Invoke-Provision -Plan (Join-Path $Plans 'first-sync.plan.json') -Confirm:$false
    $null = Invoke-Deprovision -Plan (Join-Path $Plans 'leaver.plan.json') -Confirm:$false -Force
}

Describe 'Get-RosterAuditLog' {
    It 'returns one entry per action outcome with who, why and from which export' {
        $entries = @(Get-RosterAuditLog -StatePath $State)
        $entries.Count | Should -Be 9
        $entries[0] | Get-TypeName | Should -Be 'RosterTools.Audit.AuditEntry'
        $entries[0].User | Should -Not -BeNullOrEmpty
        $entries[0].Machine | Should -Not -BeNullOrEmpty
        $entries[0].Source | Should -Be 'pester-district.zip'
        $entries[0].Snapshot | Should -Be 'abc123'
        @($entries.RunId | Select-Object -Unique).Count | Should -Be 2
    }

    It 'filters by account, action, run and time' {
        @(Get-RosterAuditLog -Account asmith).Count | Should -Be 5
        @(Get-RosterAuditLog -Account 'E1').Count | Should -Be 3
        @(Get-RosterAuditLog -Action Delete).Account | Should -Be @('asmith')
        $run = (Get-RosterAuditLog -Action Delete).RunId
        @(Get-RosterAuditLog -RunId $run).Count | Should -Be 3
        @(Get-RosterAuditLog -Since (Get-Date).AddMinutes(-30)).Count | Should -Be 9
        @(Get-RosterAuditLog -Until (Get-Date).AddDays(-1)).Count | Should -Be 0
    }

    It 'binds accounts from Get-RosterDirectory by property name' {
        @(Get-RosterDirectory | Get-RosterAuditLog).Count | Should -Be 3
    }

    It 'holds no password' {
        $text = Get-ChildItem -LiteralPath (Join-Path $State 'audit') | Get-Content -Raw
        $text | Should -Not -Match 'password'
    }
}

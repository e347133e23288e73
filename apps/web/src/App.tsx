import { Navigate, Route, Routes } from 'react-router-dom';
import { Layout } from './components/Layout';
import { NotFound } from './components/states';
import { CommitmentPage } from './features/commitments/CommitmentPage';
import { PlanPage } from './features/plans/PlanPage';
import { PlansPage } from './features/plans/PlansPage';

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Navigate to="/plans" replace />} />
        <Route path="plans" element={<PlansPage />} />
        <Route path="plans/:planId" element={<PlanPage />} />
        <Route path="commitments/:commitmentId" element={<CommitmentPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
